package cn.dualprevention.platform.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits an endpoint (a controller method, or every endpoint of a controller class) to callers holding
 * at least one of these roles; anyone else gets 403 problem+json. A method's annotation wins over its
 * class's. Tenant scoping still applies on top. The roles appear in the service's OpenAPI document as
 * the operation extension {@code x-dp-roles}, from which the authorization matrix is generated.
 *
 * <p>Without this annotation the platform's default policy applies: every role may call the endpoint,
 * except that {@link Role#REGULATOR_VIEWER} may only read (GET/HEAD/OPTIONS), and {@link Role#SERVICE} may call
 * nothing: a service's own identity reaches only the endpoints whose annotation names {@link Role#SERVICE}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AllowedRoles {

    Role[] value();
}
