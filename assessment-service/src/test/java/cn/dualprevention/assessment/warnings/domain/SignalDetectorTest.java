package cn.dualprevention.assessment.warnings.domain;

import cn.dualprevention.assessment.facts.domain.Facts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 3: each sign of inspection "for show" (and the other warnings) fires on a planted pattern and stays
 * quiet on a normal history — two weeks of fifteen units checked daily by five people, mid-morning, 40 minutes
 * apart, on site, each with its own photo, with a hazard found now and then.
 */
class SignalDetectorTest {

    static final String E = "ent-1";
    static final Instant DAY0 = Instant.parse("2024-03-03T16:00:00Z"); // Monday 4 March 00:00 in Shanghai
    static final Instant NOW = DAY0.plus(Duration.ofDays(14));
    static final Instant FROM = NOW.minus(Duration.ofDays(14));
    static final WarningRules RULES = WarningRules.defaults();

    final List<Facts.Cycle> cycles = new ArrayList<>();
    final List<Facts.Check> checks = new ArrayList<>();
    final List<Facts.Hazard> hazards = new ArrayList<>();

    /** The normal history. */
    SignalDetectorTest normal() {
        for (int day = 0; day < 14; day++) {
            for (int unit = 0; unit < 15; unit++) {
                String person = "p" + unit / 3;
                Instant start = DAY0.plus(Duration.ofDays(day));
                String cycle = cycle("u" + unit, person, start, start.plus(Duration.ofDays(1)));
                Instant at = start.plus(Duration.ofHours(9)).plus(Duration.ofMinutes(40L * (unit % 3)));
                boolean hazard = (day * 15 + unit) % 40 == 7;
                check(cycle, "u" + unit, person, at, hazard ? "HAZARD_FOUND" : "NORMAL", 25.0, "photo-" + cycle, null);
            }
        }
        return this;
    }

    String cycle(String unit, String person, Instant start, Instant end) {
        String id = "c" + cycles.size();
        cycles.add(new Facts.Cycle(id, "g", E, unit, "t-" + unit, start, end, "ROUTINE", List.of(person), false));
        return id;
    }

    void check(String cycle, String unit, String person, Instant at, String status, Double distance, String photoId, String hash) {
        checks.add(new Facts.Check("r" + checks.size(), cycle, "t-" + unit, unit, "g", E, status, at, person, person, "ROUTINE",
                false, distance != null && distance > 500, distance, photoId == null ? List.of() : List.of(photoId),
                hash == null ? List.of() : List.of(hash)));
    }

    List<Signal> detect() {
        Facts facts = new Facts(List.of(), List.of(), cycles, List.of(), checks, hazards, List.of(), List.of(), List.of(), List.of(), List.of());
        return SignalDetector.detect(facts, E, FROM, NOW, RULES);
    }

    static List<Signal> of(List<Signal> signals, SignalKind kind) {
        return signals.stream().filter(s -> s.kind() == kind).toList();
    }

    @Test
    void aNormalHistoryRaisesNothing() {
        SignalDetectorTest h = new SignalDetectorTest().normal();
        assertThat(h.checks).hasSize(210);
        assertThat(h.detect()).isEmpty();
    }

    @Test
    void checksImplausiblyFastOneAfterAnother() {
        SignalDetectorTest h = new SignalDetectorTest().normal();
        Instant t = DAY0.plus(Duration.ofDays(3)).plus(Duration.ofHours(14));
        for (int i = 0; i < 4; i++) {
            String cycle = h.cycle("v" + i, "speedy", DAY0.plus(Duration.ofDays(3)), DAY0.plus(Duration.ofDays(4)));
            h.check(cycle, "v" + i, "speedy", t.plusSeconds(10L * i), "NORMAL", 20.0, "s" + i, null);
        }
        List<Signal> fast = of(h.detect(), SignalKind.FAST_CHECKS);
        assertThat(fast).hasSize(1);
        assertThat(fast.get(0).subjectId()).isEqualTo("speedy");
        assertThat(fast.get(0).evidence()).hasSize(3).allSatisfy(e -> assertThat(e.note()).startsWith("10 s after"));
        assertThat(h.detect()).extracting(Signal::kind).containsOnly(SignalKind.FAST_CHECKS);
    }

    @Test
    void manyCyclesClosedInABurstAtTheEndOfTheirWindows() {
        SignalDetectorTest h = new SignalDetectorTest().normal();
        Instant dayStart = DAY0.plus(Duration.ofDays(5));
        Instant end = dayStart.plus(Duration.ofDays(1));
        for (int i = 0; i < 6; i++) {
            String cycle = h.cycle("w" + i, "closer", dayStart, end);
            h.check(cycle, "w" + i, "closer", end.minus(Duration.ofMinutes(12)).plus(Duration.ofMinutes(2L * i)), "NORMAL",
                    20.0, "b" + i, null);
        }
        List<Signal> bursts = of(h.detect(), SignalKind.END_OF_WINDOW_BURST);
        assertThat(bursts).hasSize(1);
        assertThat(bursts.get(0).subjectId()).isEqualTo("closer");
        assertThat(bursts.get(0).evidence()).hasSize(6);
        assertThat(h.detect()).extracting(Signal::kind).containsOnly(SignalKind.END_OF_WINDOW_BURST);
    }

    @Test
    void checkInsFarFromTheUnit() {
        SignalDetectorTest h = new SignalDetectorTest().normal();
        for (int i = 0; i < 2; i++) {
            Instant start = DAY0.plus(Duration.ofDays(6 + i));
            String cycle = h.cycle("x", "remote", start, start.plus(Duration.ofDays(1)));
            h.check(cycle, "x", "remote", start.plus(Duration.ofHours(15)), "NORMAL", 2400.0, "far" + i, null);
        }
        List<Signal> far = of(h.detect(), SignalKind.LOCATION_FAR);
        assertThat(far).hasSize(1);
        assertThat(far.get(0).subjectId()).isEqualTo("remote");
        assertThat(far.get(0).evidence()).allSatisfy(e -> assertThat(e.note()).contains("2400 m"));
        assertThat(h.detect()).extracting(Signal::kind).containsOnly(SignalKind.LOCATION_FAR);
    }

    @Test
    void theSamePhotoOnDifferentRecordsByIdOrByContent() {
        SignalDetectorTest h = new SignalDetectorTest().normal();
        Instant start = DAY0.plus(Duration.ofDays(8));
        String c1 = h.cycle("y1", "copier", start, start.plus(Duration.ofDays(1)));
        String c2 = h.cycle("y2", "copier", start, start.plus(Duration.ofDays(1)));
        h.check(c1, "y1", "copier", start.plus(Duration.ofHours(13)), "NORMAL", 20.0, "same-photo", null);
        h.check(c2, "y2", "copier", start.plus(Duration.ofHours(14)), "NORMAL", 20.0, "same-photo", null);
        String c3 = h.cycle("y3", "copier", start, start.plus(Duration.ofDays(1)));
        String c4 = h.cycle("y4", "other", start, start.plus(Duration.ofDays(1)));
        h.check(c3, "y3", "copier", start.plus(Duration.ofHours(15)), "NORMAL", 20.0, "upload-1", "ab12");
        h.check(c4, "y4", "other", start.plus(Duration.ofHours(16)), "NORMAL", 20.0, "upload-2", "ab12");
        List<Signal> same = of(h.detect(), SignalKind.SAME_PHOTO);
        assertThat(same).extracting(Signal::subjectId).containsExactlyInAnyOrder("id:same-photo", "sha256:ab12");
        assertThat(same).allSatisfy(s -> assertThat(s.evidence()).hasSize(2));
        assertThat(h.detect()).extracting(Signal::kind).containsOnly(SignalKind.SAME_PHOTO);
    }

    @Test
    void zeroHazardsOverVeryManyChecks() {
        SignalDetectorTest h = new SignalDetectorTest().normal();
        List<Facts.Check> clean = h.checks.stream().map(c -> new Facts.Check(c.recordId(), c.cycleId(), c.taskId(), c.unitId(),
                c.groupId(), c.enterpriseId(), "NORMAL", c.checkTime(), c.personId(), c.personName(), c.workType(), false, false,
                c.distanceMeters(), c.photoIds(), c.photoHashes())).toList();
        h.checks.clear();
        h.checks.addAll(clean);
        List<Signal> zero = of(h.detect(), SignalKind.ZERO_HAZARDS);
        assertThat(zero).hasSize(1);
        assertThat(zero.get(0).summary()).startsWith("210 checks");
        assertThat(h.detect()).extracting(Signal::kind).containsOnly(SignalKind.ZERO_HAZARDS);
    }

    @Test
    void missedChecksInARowLowCompletionAndAnOverdueMajorHazard() {
        SignalDetectorTest h = new SignalDetectorTest().normal();
        // unit u0's last three days: no check
        h.checks.removeIf(c -> c.unitId().equals("u0") && c.checkTime().isAfter(NOW.minus(Duration.ofDays(3))));
        h.hazards.add(new Facts.Hazard("hz-major", "g", E, "u1", null, "MAJOR", "REMEDIATING", "BY_DEADLINE", "p0",
                NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(2)), null, "p0", NOW.minus(Duration.ofDays(5))));
        List<Signal> signals = h.detect();
        List<Signal> missed = of(signals, SignalKind.MISSED_CHECKS_IN_A_ROW);
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).subjectId()).isEqualTo("u0");
        assertThat(missed.get(0).evidence()).hasSize(3);
        assertThat(of(signals, SignalKind.MAJOR_HAZARD_OVERDUE)).extracting(Signal::subjectId).containsExactly("hz-major");
        assertThat(of(signals, SignalKind.TASK_COMPLETION_LOW)).isEmpty();

        // a third of all checks gone: completion 140/210 is below 0.8
        SignalDetectorTest low = new SignalDetectorTest().normal();
        low.checks.removeIf(c -> Integer.parseInt(c.unitId().substring(1)) % 3 == 0);
        List<Signal> lowSignals = of(low.detect(), SignalKind.TASK_COMPLETION_LOW);
        assertThat(lowSignals).hasSize(1);
        assertThat(lowSignals.get(0).summary()).contains("140/210");
    }
}
