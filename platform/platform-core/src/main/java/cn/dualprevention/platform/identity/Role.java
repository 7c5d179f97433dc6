package cn.dualprevention.platform.identity;

/**
 * The roles a token may carry in its {@value CallerClaims#ROLES} claim (exact upper-case names).
 * A role widens nothing by itself: the tenant scope (group, enterprises) always applies on top — except for
 * {@link #SERVICE} with the group {@code *}, the suite's own services, which may reach every tenant's objects on
 * the few endpoints that name that role.
 */
public enum Role {
    /** 集团管理员: administers the whole group. */
    GROUP_ADMIN,
    /** 企业安全管理员 / 安全负责人: runs safety of its enterprises. */
    SAFETY_MANAGER,
    /** 部门负责人: heads a department, accepts and assigns hazard work there. */
    DEPARTMENT_HEAD,
    /** 巡检员: carries out inspection tasks and reports hazards. */
    INSPECTOR,
    /** 包保责任人: the person accountable for a major hazard source (包保责任制). */
    GUARANTOR,
    /** 监管查看: a regulator's read-only view of the enterprises it supervises; never writes. */
    REGULATOR_VIEWER,
    /** A machine client (plant system, integration), scoped like a user by its token's claims. */
    API_CLIENT,
    /**
     * 平台服务 — a suite service calling another with its own client-credentials token ({@link ServiceIdentity}),
     * e.g. exchange-service fetching a hazard's photos for the regulator. Its token's group is
     * {@value cn.dualprevention.platform.tenancy.Caller#EVERY_GROUP}: it acts across groups, but it reaches ONLY
     * endpoints whose {@link AllowedRoles} names this role — never one under the default policy, whatever other
     * role the token also names.
     */
    SERVICE;

    /** The role named exactly so, or null for an unknown name (unknown roles are kept but grant nothing). */
    public static Role of(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
