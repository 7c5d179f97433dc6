package cn.dualprevention.platform.web;

import cn.dualprevention.platform.identity.AccessPolicy;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Publishes each operation's allowed roles in the OpenAPI document as {@code x-dp-roles} (an array of
 * {@link Role} names in declaration order), so that the authorization matrix can be generated from the documents: the roles
 * of its {@link AllowedRoles}, or the default policy (every role but {@link Role#SERVICE}; writes without the regulator
 * viewer either). Every
 * operation also requires the bearer token scheme {@value #BEARER_SCHEME}, so Swagger UI offers "Authorize".
 */
public class AllowedRolesOpenApi implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

    public static final String EXTENSION = "x-dp-roles";
    private static final String ANNOTATED = "x-dp-roles-annotated";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        AllowedRoles allowed = AllowedRolesInterceptor.annotationOf(handlerMethod);
        if (allowed != null) {
            operation.addExtension(ANNOTATED, Arrays.stream(allowed.value()).map(Role::name).toList());
        }
        return operation;
    }

    /** The name of the bearer-token security scheme every API operation requires (Swagger UI's "Authorize"). */
    public static final String BEARER_SCHEME = "bearer-jwt";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An access token of the platform's issuer (claims sub, group, enterprises, roles)"));
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem item : openApi.getPaths().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                Map<String, Object> extensions = operation.getExtensions();
                Object annotated = extensions == null ? null : extensions.remove(ANNOTATED);
                String method = entry.getKey().name();
                List<Role> roles = annotated == null
                        ? AccessPolicy.allowedRoles(null, method)
                        : rolesOf((List<?>) annotated).stream()
                                .filter(r -> AccessPolicy.isRead(method) || r != Role.REGULATOR_VIEWER).sorted().toList();
                operation.addExtension(EXTENSION, roles.stream().map(Role::name).toList());
                operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER_SCHEME)));
            }
        }
    }

    private static List<Role> rolesOf(List<?> names) {
        return names.stream().map(n -> Role.valueOf(n.toString())).toList();
    }
}
