package cn.dualprevention.platform.identity;

import cn.dualprevention.platform.tenancy.Caller;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which roles may call an endpoint: the platform's one role policy, used both to enforce it and to
 * describe it in OpenAPI ({@code x-dp-roles}).
 */
public final class AccessPolicy {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private AccessPolicy() {
    }

    public static boolean isRead(String httpMethod) {
        return READ_METHODS.contains(httpMethod);
    }

    /**
     * The roles allowed on an endpoint: those of its {@link AllowedRoles} (null when it has none),
     * otherwise every role for reads and every role but {@link Role#REGULATOR_VIEWER} for writes.
     */
    public static List<Role> allowedRoles(AllowedRoles annotation, String httpMethod) {
        EnumSet<Role> roles = annotation == null ? EnumSet.allOf(Role.class) : EnumSet.noneOf(Role.class);
        if (annotation != null) {
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
        if (annotation == null) {
            return true;
        }
        return Arrays.stream(annotation.value()).anyMatch(role -> caller.roles().contains(role.name()));
    }
}
