package cn.dualprevention.assessment.warnings.domain;

import java.time.Duration;

/**
 * Thresholds of the warnings (dp.assessment.warnings.*); zero / null take the defaults.
 *
 * @param lookback               how far back a scan looks (default 14 days)
 * @param missedInARow           N missed cycles in a row on one unit (default 3)
 * @param minCompletionRate      task completion below this warns (default 0.8) …
 * @param minDueForCompletion    … once at least this many cycles were due (default 10)
 * @param fastGap                two checks of one person closer than this are implausibly fast (default 30 s) …
 * @param minFastPairs           … warning from this many such pairs (default 3)
 * @param tailShare              a check in the last share of its cycle window is "at the end" (default 0.05) …
 * @param burstSpan              … and such checks within this span form a burst (default 15 min) …
 * @param minBurst               … of at least this many cycles (default 5)
 * @param maxDistanceMeters      a check-in farther from the unit than this is far (default 500 m) …
 * @param minFarCheckIns         … warning from this many far check-ins of one person (default 2)
 * @param minChecksWithoutHazard zero hazards over at least this many checks warns (default 200)
 */
public record WarningRules(Duration lookback, int missedInARow, double minCompletionRate, int minDueForCompletion,
                           Duration fastGap, int minFastPairs, double tailShare, Duration burstSpan, int minBurst,
                           double maxDistanceMeters, int minFarCheckIns, int minChecksWithoutHazard) {

    public WarningRules {
        lookback = lookback == null ? Duration.ofDays(14) : lookback;
        missedInARow = missedInARow == 0 ? 3 : missedInARow;
        minCompletionRate = minCompletionRate == 0 ? 0.8 : minCompletionRate;
        minDueForCompletion = minDueForCompletion == 0 ? 10 : minDueForCompletion;
        fastGap = fastGap == null ? Duration.ofSeconds(30) : fastGap;
        minFastPairs = minFastPairs == 0 ? 3 : minFastPairs;
        tailShare = tailShare == 0 ? 0.05 : tailShare;
        burstSpan = burstSpan == null ? Duration.ofMinutes(15) : burstSpan;
        minBurst = minBurst == 0 ? 5 : minBurst;
        maxDistanceMeters = maxDistanceMeters == 0 ? 500 : maxDistanceMeters;
        minFarCheckIns = minFarCheckIns == 0 ? 2 : minFarCheckIns;
        minChecksWithoutHazard = minChecksWithoutHazard == 0 ? 200 : minChecksWithoutHazard;
    }

    public static WarningRules defaults() {
        return new WarningRules(null, 0, 0, 0, null, 0, 0, null, 0, 0, 0, 0);
    }
}
