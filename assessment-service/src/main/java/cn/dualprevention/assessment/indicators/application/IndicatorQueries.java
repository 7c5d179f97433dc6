package cn.dualprevention.assessment.indicators.application;

import cn.dualprevention.assessment.facts.domain.Facts;
import cn.dualprevention.assessment.facts.infrastructure.FactStore;
import cn.dualprevention.assessment.indicators.domain.IndicatorCalculator;
import cn.dualprevention.assessment.indicators.domain.IndicatorValues;
import cn.dualprevention.assessment.indicators.domain.Periods;
import cn.dualprevention.assessment.indicators.domain.Scope;
import cn.dualprevention.platform.errors.InvalidValueException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Answers indicator questions from the fact read models (nothing is asked of other services). */
@Service
public class IndicatorQueries {

    private static final int MAX_DAYS = 3 * 366;

    private final FactStore facts;
    private final ScopeResolver scopes;
    private final Clock clock;

    IndicatorQueries(FactStore facts, ScopeResolver scopes, Clock clock) {
        this.facts = facts;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** Indicators of a scope over [from, to) as a whole and, when a period unit is given, per calendar period. */
    public IndicatorReport report(Scope scope, LocalDate from, LocalDate to, Periods.Unit period) {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("to", "after-from", "to must be after from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidValueException("to", "max-range", "a question covers at most " + MAX_DAYS + " days");
        }
        ScopeResolver.Placed placed = scopes.place(scope);
        Periods.Interval whole = Periods.interval(from, to, placed.zone());
        Facts loaded = facts.load(placed.query(whole.start(), whole.end()));
        var now = clock.instant();
        IndicatorValues total = IndicatorCalculator.compute(loaded, scope, whole.start(), whole.end(), now);
        List<IndicatorValues> buckets = period == null ? List.of()
                : Periods.buckets(from, to, period, placed.zone()).stream()
                .map(b -> IndicatorCalculator.compute(loaded, scope, b.start(), b.end(), now)).toList();
        return new IndicatorReport(scope.kind(), scope.id(), placed.zone().getId(), from, to, period, now, total, buckets);
    }

    /** The indicators of a scope, whole and per period, computed at {@code asOf}. */
    public record IndicatorReport(Scope.Kind scope, String id, String timeZone, LocalDate from, LocalDate to,
                                  Periods.Unit period, java.time.Instant asOf, IndicatorValues total,
                                  List<IndicatorValues> periods) {
    }
}
