package cn.dualprevention.inspection.record.domain;

import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.riskmodel.domain.Person;
import cn.dualprevention.inspection.riskmodel.domain.UnitSite;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectionRecordRulesTest {

    private static final Instant START = Instant.parse("2026-06-10T00:00:00Z");
    private static final UnitSite TANK_FARM = new UnitSite("u-1", "g", "e", "obj-1", "LNG储罐区", 121.4737, 31.2304, "QR-1", "IN_SERVICE");
    private static final Duration GRACE = Duration.ofHours(72);
    private static final Person ZHAO = new Person("zhao", "e", "赵磊", "13800138000", List.of("post-patrol"));

    @Test
    void distanceIsGreatCircle() {
        // Shanghai People's Square to the Bund: about 1.9 km
        assertThat(GeoDistance.meters(121.4737, 31.2304, 121.4903, 31.2397)).isBetween(1_800.0, 2_000.0);
        assertThat(GeoDistance.meters(121.4737, 31.2304, 121.4737, 31.2304)).isZero();
    }

    @Test
    void checkInFarFromTheUnitOrWithAnotherTokenIsFlagged() {
        CheckIn near = CheckIn.evaluate("QR-1", 121.4740, 31.2305, TANK_FARM, 200);
        assertThat(near.locationMismatch()).isFalse();
        assertThat(near.qrTokenMatched()).isTrue();
        CheckIn far = CheckIn.evaluate("QR-other", 121.4837, 31.2304, TANK_FARM, 200);
        assertThat(far.locationMismatch()).isTrue();
        assertThat(far.distanceMeters()).isBetween(900.0, 1_000.0);
        assertThat(far.qrTokenMatched()).isFalse();
        CheckIn nothing = CheckIn.evaluate(null, null, null, TANK_FARM, 200);
        assertThat(nothing.qrTokenMatched()).isNull();
        assertThat(nothing.locationMismatch()).isFalse();
        assertThatThrownBy(() -> CheckIn.evaluate(null, 121.0, null, TANK_FARM, 200))
                .isInstanceOfSatisfying(RejectedSubmission.class, e -> assertThat(e.rejection().rule()).isEqualTo("pair"));
    }

    @Test
    void aRecordAfterTheWindowIsLateAndOnlyTheAssigneeMayRecordAnOpenCycle() {
        InspectionCycle cycle = cycle(CycleState.OPEN);
        Instant now = START.plus(Duration.ofHours(3));
        assertThat(record(cycle, CheckStatus.NORMAL, null, START.plusSeconds(600), now).late()).isFalse();
        assertThat(record(cycle, CheckStatus.NORMAL, null, START.plus(Duration.ofHours(2)), now).late()).isTrue();
        assertThat(rule(() -> InspectionRecord.admit(cycle, "li", now, GRACE))).isEqualTo(Rejection.NOT_ASSIGNED);
        assertThat(InspectionRecord.admit(cycle, "zhao", now, GRACE)).isEqualTo(InspectionRecord.Admission.FIRST);
        assertThat(rule(() -> InspectionRecord.admit(cycle(CycleState.DONE), "zhao", now, GRACE))).isEqualTo(Rejection.CYCLE_CLOSED);
        assertThat(rule(() -> InspectionRecord.admit(cycle(CycleState.SUSPENDED), "zhao", now, GRACE))).isEqualTo(Rejection.CYCLE_SUSPENDED);
        assertThat(rule(() -> InspectionRecord.admit(cycle(CycleState.CANCELLED), "zhao", now, GRACE))).isEqualTo(Rejection.CYCLE_CANCELLED);
    }

    @Test
    void aRecordForAMissedCycleIsACorrectionUntilTheOfflineGraceEnds() {
        InspectionCycle missed = cycle(CycleState.MISSED);
        Instant windowEnd = missed.windowEnd();
        assertThat(InspectionRecord.admit(missed, "zhao", windowEnd.plus(GRACE), GRACE))
                .isEqualTo(InspectionRecord.Admission.CORRECTION);
        assertThat(rule(() -> InspectionRecord.admit(missed, "zhao", windowEnd.plus(GRACE).plusMillis(1), GRACE)))
                .isEqualTo(Rejection.OFFLINE_GRACE_EXPIRED);
        assertThat(rule(() -> InspectionRecord.admit(missed, "li", windowEnd, GRACE))).isEqualTo(Rejection.NOT_ASSIGNED);
        InspectionRecord correction = record(missed, CheckStatus.NORMAL, null, START.plusSeconds(600), windowEnd.plus(Duration.ofHours(5)))
                .correcting("missed-1");
        assertThat(correction.isCorrection()).isTrue();
        assertThat(correction.late()).isFalse();
        assertThat(correction.submittedEvent().replacesRecordId()).isEqualTo("missed-1");
    }

    @Test
    void statusHazardAndTimeAreChecked() {
        InspectionCycle cycle = cycle(CycleState.OPEN);
        Instant now = START.plus(Duration.ofHours(1));
        assertThat(rule(() -> record(cycle, CheckStatus.NOT_INSPECTED, null, START, now))).isEqualTo("bad-status");
        assertThat(rule(() -> record(cycle, CheckStatus.HAZARD_FOUND, null, START, now))).isEqualTo("required");
        assertThat(rule(() -> record(cycle, CheckStatus.NORMAL, null, START.minusSeconds(1), now))).isEqualTo("inside-window");
        assertThat(rule(() -> record(cycle, CheckStatus.NORMAL, null, now.plus(Duration.ofHours(1)), now))).isEqualTo("not-in-future");
        HazardFinding leak = HazardFinding.of("法兰泄漏", "GENERAL", "7", null);
        InspectionRecord found = record(cycle, CheckStatus.HAZARD_FOUND, leak, START, now);
        assertThat(found.submittedEvent().hazard().source()).isEqualTo(HazardFinding.ROUTINE_SOURCE);
        assertThat(found.submittedEvent().personName()).isEqualTo("赵磊");
        assertThat(rule(() -> HazardFinding.of("法兰泄漏", "SEVERE", null, null))).isEqualTo("code");
        assertThat(rule(() -> HazardFinding.of("法兰泄漏", "MAJOR", "9", null))).isEqualTo("code-1-8");
    }

    @Test
    void photosAreJpegOrPngWithinTheLimit() {
        assertThat(Photo.of(0, "image/png", new byte[10], 10).content()).hasSize(10);
        assertThat(rule(() -> Photo.of(0, "image/png", new byte[11], 10))).isEqualTo("photo-too-large");
        assertThat(rule(() -> Photo.of(1, "image/gif", new byte[1], 10))).isEqualTo("jpeg-or-png");
    }

    @Test
    void aMissedCycleGetsANotInspectedRecordWithAFixedClientId() {
        InspectionRecord missed = InspectionRecord.missed("r-1", cycle(CycleState.OPEN), START.plus(Duration.ofHours(2)));
        assertThat(missed.status()).isEqualTo(CheckStatus.NOT_INSPECTED);
        assertThat(missed.clientId()).isEqualTo("missed:c-1");
        assertThat(missed.missedEvent(cycle(CycleState.OPEN)).assigneePersonIds()).containsExactly("zhao");
    }

    private static InspectionRecord record(InspectionCycle cycle, CheckStatus status, HazardFinding hazard, Instant at, Instant now) {
        return InspectionRecord.submitted("r-1", "client-1", cycle, "zhao", ZHAO, TANK_FARM, status, hazard, at,
                "phone-7", CheckIn.none(), null, List.of(), now);
    }

    private static InspectionCycle cycle(CycleState state) {
        return new InspectionCycle("c-1", 1, "g", "e", "t-1", "m-1", "u-1", "巡检", "ROUTINE", null, START,
                START.plus(Duration.ofHours(1)), List.of("zhao"), state, null, "key-1");
    }

    private static String rule(Runnable action) {
        try {
            action.run();
        } catch (RejectedSubmission e) {
            return e.rejection().rule();
        }
        throw new AssertionError("expected a rejection");
    }
}
