package cn.dualprevention.deploy.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A real inspector walks from one check to the next: no two checks of one person closer than {@link #GAP}. A check
 * planned too close to another of the same person moves a little later (or earlier, when its window would end).
 * Only the "for show" plant clicks through its cycles seconds apart.
 */
final class Spacing {

    static final Duration GAP = Duration.ofSeconds(60);

    private final Map<String, TreeSet<Instant>> byPerson = new HashMap<>();

    PlannedCheck space(PlannedCheck check) {
        if (!check.submits() || check.checkTime() == null || check.personId() == null) {
            return check;
        }
        TreeSet<Instant> taken = byPerson.computeIfAbsent(check.personId(), p -> new TreeSet<>());
        Instant t = check.checkTime();
        Instant latest = check.outcome() == Outcome.LATE ? t.plus(Duration.ofHours(1))
                : check.cycle().windowEnd().minus(Duration.ofMinutes(1));
        for (int i = 0; i < 100 && tooClose(taken, t); i++) {
            Instant later = t.plus(GAP);
            t = later.isBefore(latest) ? later : t.minus(GAP.multipliedBy(3));
        }
        if (t.isBefore(check.cycle().windowStart()) && check.outcome() != Outcome.LATE) {
            t = check.checkTime();
        }
        taken.add(t);
        return t.equals(check.checkTime()) ? check : new PlannedCheck(check.cycle(), check.personId(), check.outcome(), t,
                check.hazardLevel(), check.finding(), check.metersFromUnit(), check.qrScanned(), check.photo(),
                check.samePhotoEveryTime());
    }

    private static boolean tooClose(TreeSet<Instant> taken, Instant t) {
        Instant before = taken.floor(t);
        Instant after = taken.ceiling(t);
        return before != null && Duration.between(before, t).compareTo(GAP) < 0
                || after != null && Duration.between(t, after).compareTo(GAP) < 0;
    }
}
