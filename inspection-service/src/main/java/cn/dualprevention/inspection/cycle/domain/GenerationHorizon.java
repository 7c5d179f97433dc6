package cn.dualprevention.inspection.cycle.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * 生成水位 — how far cycles have been generated ({@code until}: every window starting before it exists) and when the
 * last scheduler round started. A round generates only from the horizon on, so it does not insert (and have refused)
 * the days it generated before; a task whose schedule changes is generated up to the horizon at once.
 */
public interface GenerationHorizon {

    Optional<Horizon> current();

    /** Records a finished round: cycles exist up to {@code until} (never moves back); the round started at {@code roundStart}. */
    void advance(Instant until, Instant roundStart);

    record Horizon(Instant until, Instant lastRoundStart) {
    }
}
