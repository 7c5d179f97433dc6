package cn.dualprevention.platform.tenancy;

import cn.dualprevention.platform.errors.NotFoundException;

import java.util.Set;

/**
 * Who is calling: user, group (集团) and the enterprises the caller may act on, as passed on by
 * the gateway. A caller never sees another tenant's objects: they are reported as not found.
 *
 * @param allEnterprises true when the caller may act on every enterprise of its group
 */
public record Caller(String userId, String groupId, Set<String> enterpriseIds, boolean allEnterprises,
                     Set<String> roles) {

    public Caller {
        enterpriseIds = Set.copyOf(enterpriseIds);
        roles = Set.copyOf(roles);
    }

    /** A system actor (scheduled jobs, event consumers) acting for a group. */
    public static Caller system(String name, String groupId) {
        return new Caller(name, groupId, Set.of(), true, Set.of("system"));
    }

    public boolean mayAccess(String groupId, String enterpriseId) {
        if (this.groupId == null || !this.groupId.equals(groupId)) {
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
