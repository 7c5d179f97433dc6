package cn.dualprevention.hazard.hazard.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** 重大隐患销号: a general hazard any decider closes; a major one only a safety manager or the group admin. */
class ClosingAuthorityTest {

    @Test
    void aMajorHazardIsClosedOnlyByASafetyManagerOrTheGroupAdmin() {
        assertThat(ClosingAuthority.mayClose(HazardLevel.MAJOR, Set.of("SAFETY_MANAGER"))).isTrue();
        assertThat(ClosingAuthority.mayClose(HazardLevel.MAJOR, Set.of("DEPARTMENT_HEAD", "GROUP_ADMIN"))).isTrue();
        assertThat(ClosingAuthority.mayClose(HazardLevel.MAJOR, Set.of("DEPARTMENT_HEAD"))).isFalse();
        assertThat(ClosingAuthority.mayClose(HazardLevel.MAJOR, Set.of("GUARANTOR", "INSPECTOR"))).isFalse();
        assertThat(ClosingAuthority.mayClose(HazardLevel.MAJOR, Set.of())).isFalse();
    }

    @Test
    void aGeneralHazardLeavesTheDecisionToTheEndpointsRoles() {
        assertThat(ClosingAuthority.mayClose(HazardLevel.GENERAL, Set.of("DEPARTMENT_HEAD"))).isTrue();
    }
}
