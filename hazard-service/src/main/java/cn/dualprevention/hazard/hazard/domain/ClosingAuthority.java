package cn.dualprevention.hazard.hazard.domain;

import cn.dualprevention.platform.errors.ForbiddenException;
import cn.dualprevention.platform.identity.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * 重大隐患销号 — who may close a major hazard (重大隐患). A department head confirms, plans and accepts the
 * general hazards of the department; a major hazard, reported to the regulator from its registration, is
 * closed — its remediation accepted (验收), or the hazard dismissed as not a hazard (不是隐患) — only by the
 * group's administrator or a safety manager. The endpoints are the same for both levels, so the rule lives
 * here and answers 403 like the endpoint's own role check.
 */
public final class ClosingAuthority {

    /** The roles that may accept or dismiss a major hazard. */
    public static final Set<Role> MAJOR_HAZARD_CLOSERS = EnumSet.of(Role.GROUP_ADMIN, Role.SAFETY_MANAGER);

    private ClosingAuthority() {
    }

    /** Whether a caller holding these role names may close a hazard of this level. */
    public static boolean mayClose(HazardLevel level, Set<String> roles) {
        return level != HazardLevel.MAJOR || MAJOR_HAZARD_CLOSERS.stream().anyMatch(role -> roles.contains(role.name()));
    }

    /**
     * Throws {@link ForbiddenException} (403) when a caller holding these role names may not close the hazard.
     *
     * @param step what the caller tries, for the message ("accepted", "rejected as not a hazard")
     */
    public static void requireMayClose(Hazard hazard, Set<String> roles, String step) {
        if (!mayClose(hazard.finding().level(), roles)) {
            throw new ForbiddenException("A major hazard (重大隐患) is " + step + " only by someone holding one of the roles "
                    + MAJOR_HAZARD_CLOSERS + ".");
        }
    }
}
