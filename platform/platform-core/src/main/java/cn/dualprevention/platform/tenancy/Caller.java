package cn.dualprevention.platform.tenancy;

import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.identity.Role;

import java.util.Set;

/**
 * Who is calling: user, group (集团) and the enterprises the caller may act on, as the caller's verified
 * access token states them (see {@link cn.dualprevention.platform.identity.CallerClaims}). A caller never
 * sees another tenant's objects: they are reported as not found — except a suite service ({@link Role#SERVICE}
 * with the group {@value #EVERY_GROUP}), which acts for every group but reaches only the endpoints naming
 * {@link Role#SERVICE} (see {@link cn.dualprevention.platform.identity.AccessPolicy}).
 *
 * @param allEnterprises true when the caller may act on every enterprise of its group
 * @param roles          role names ({@link Role}); unknown names are kept but grant nothing
 * @param name           display name (姓名) when the token carries one, else null
 */
public record Caller(String userId, String groupId, Set<String> enterpriseIds, boolean allEnterprises,
                     Set<String> roles, String name) {

    /**
     * The group of a suite service's token: every group. Valid only together with {@link Role#SERVICE} (a token
     * claiming it without that role is refused); a caller of this group without that role may access nothing.
     */
    public static final String EVERY_GROUP = "*";

    public Caller {
        enterpriseIds = Set.copyOf(enterpriseIds);
        roles = Set.copyOf(roles);
    }

    public Caller(String userId, String groupId, Set<String> enterpriseIds, boolean allEnterprises, Set<String> roles) {
        this(userId, groupId, enterpriseIds, allEnterprises, roles, null);
    }

    /** A system actor (scheduled jobs, event consumers) acting for a group. */
    public static Caller system(String name, String groupId) {
        return new Caller(name, groupId, Set.of(), true, Set.of("system"));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }

    /** A suite service acting for every group: role {@link Role#SERVICE} and group {@value #EVERY_GROUP}. */
    public boolean isSuiteService() {
        return EVERY_GROUP.equals(groupId) && hasRole(Role.SERVICE);
    }

    public boolean mayAccess(String groupId, String enterpriseId) {
        if (isSuiteService()) {
            // objects of every real group — never of the pseudo-group "*" itself: the pattern
            // mayAccess(caller.groupId(), ...) before creating an object in the caller's group gives a service nothing
            return groupId != null && !EVERY_GROUP.equals(groupId);
        }
        if (this.groupId == null || EVERY_GROUP.equals(this.groupId) || !this.groupId.equals(groupId)) {
            return false;
        }
        return allEnterprises || enterpriseId == null || enterpriseIds.contains(enterpriseId);
    }

    /** Throws {@link NotFoundException} when the object of that tenant is outside the caller's scope. */
    public void requireAccess(String groupId, String enterpriseId, String kind, String id) {
        if (!mayAccess(groupId, enterpriseId)) {
            throw new NotFoundException(kind, id);
        }
    }
}
