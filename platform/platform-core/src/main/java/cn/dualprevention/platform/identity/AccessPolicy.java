package cn.dualprevention.platform.identity;

import cn.dualprevention.platform.tenancy.Caller;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which roles may call an endpoint: the platform's one role policy, used both to enforce it and to
 * describe it in OpenAPI ({@code x-dp-roles}).
 *
 * <ul>
 *   <li>no {@link AllowedRoles}: every person's and machine client's role for reads, the same without
 *       {@link Role#REGULATOR_VIEWER} for writes — never {@link Role#SERVICE};</li>
 *   <li>{@link AllowedRoles}: exactly its roles (a write never admits the regulator viewer);</li>
 *   <li>a caller holding {@link Role#SERVICE} passes only where the annotation names {@link Role#SERVICE},
 *       whatever other role its token names: a service's identity opens no endpoint by accident.</li>
 * </ul>
 */
public final class AccessPolicy {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private AccessPolicy() {
    }

    public static boolean isRead(String httpMethod) {
        return READ_METHODS.contains(httpMethod);
    }

    /**
     * The roles allowed on an endpoint: those of its {@link AllowedRoles} (null when it has none), otherwise every
     * role but {@link Role#SERVICE} for reads and every role but {@link Role#SERVICE} and
     * {@link Role#REGULATOR_VIEWER} for writes.
     */
    public static List<Role> allowedRoles(AllowedRoles annotation, String httpMethod) {
        EnumSet<Role> roles;
        if (annotation == null) {
            roles = EnumSet.allOf(Role.class);
            roles.remove(Role.SERVICE);
        } else {
            roles = EnumSet.noneOf(Role.class);
            roles.addAll(Arrays.asList(annotation.value()));
        }
        if (!isRead(httpMethod)) {
            roles.remove(Role.REGULATOR_VIEWER);
        }
        return List.copyOf(roles);
    }

    /** A regulator viewer never changes anything, whatever other role its token also names. */
    public static boolean isReadOnly(Caller caller) {
        return caller.roles().contains(Role.REGULATOR_VIEWER.name());
    }

    /** Whether the caller may call an endpoint carrying this annotation (null: the default policy). */
    public static boolean permits(Caller caller, AllowedRoles annotation, String httpMethod) {
        if (!isRead(httpMethod) && isReadOnly(caller)) {
            return false;
        }
        if (caller.hasRole(Role.SERVICE)) {
            return annotation != null && Arrays.asList(annotation.value()).contains(Role.SERVICE);
        }
        if (annotation == null) {
            return true;
        }
        return Arrays.stream(annotation.value()).anyMatch(role -> caller.roles().contains(role.name()));
    }

    /** Why {@link #permits} refused: the roles the endpoint needs, for the 403 problem's detail. */
    public static String refusal(Caller caller, AllowedRoles annotation, String httpMethod) {
        String needs = "This action needs one of the roles " + allowedRoles(annotation, httpMethod) + ".";
        return caller.hasRole(Role.SERVICE)
                ? needs + " A service's own identity (role SERVICE) reaches only the endpoints that name SERVICE."
                : needs;
    }
}
