package cn.dualprevention.assessment.rankings.application;

import cn.dualprevention.assessment.facts.domain.Enterprise;
import cn.dualprevention.assessment.facts.domain.FactQuery;
import cn.dualprevention.assessment.facts.domain.Facts;
import cn.dualprevention.assessment.facts.infrastructure.FactStore;
import cn.dualprevention.assessment.indicators.domain.IndicatorCalculator;
import cn.dualprevention.assessment.indicators.domain.Periods;
import cn.dualprevention.assessment.indicators.domain.Scope;
import cn.dualprevention.assessment.rankings.domain.RankedIndicator;
import cn.dualprevention.assessment.rankings.domain.Ranking;
import cn.dualprevention.assessment.scores.infrastructure.ScoreDocument;
import cn.dualprevention.assessment.scores.infrastructure.ScoreRepository;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Ranks the enterprises (plants) of the caller's group on an indicator or the weekly score. */
@Service
public class Rankings {

    private final FactStore facts;
    private final ScoreRepository scores;
    private final Clock clock;

    Rankings(FactStore facts, ScoreRepository scores, Clock clock) {
        this.facts = facts;
        this.scores = scores;
        this.clock = clock;
    }

    /** What is ranked: the group's enterprises, or its plants (org units of kind PLANT). */
    public enum Level { ENTERPRISE, PLANT }

    /** A ranking: the period it covers, the one it is compared with, and the lines. */
    public record Result(String groupId, Level level, RankedIndicator indicator, Periods.Unit period, LocalDate from,
                         LocalDate to, LocalDate previousFrom, List<Ranking.Line> lines) {
    }

    public Result rank(Level level, RankedIndicator indicator, Periods.Unit unit, LocalDate at) {
        Caller caller = CallerContext.require();
        String groupId = caller.groupId();
        if (indicator == RankedIndicator.SCORE && unit != Periods.Unit.WEEK) {
            throw new InvalidValueException("period", "week-for-score", "the weekly score is ranked per week");
        }
        if (indicator == RankedIndicator.SCORE && level == Level.PLANT) {
            throw new InvalidValueException("level", "enterprise-for-score", "the weekly score is kept per enterprise");
        }
        List<Enterprise> enterprises = facts.enterprises(groupId).stream()
                .filter(e -> caller.mayAccess(e.groupId(), e.enterpriseId())).toList();
        Periods.Interval current = Periods.containing(at, unit, facts.defaultZone());
        Periods.Interval previous = Periods.previous(current, unit, facts.defaultZone());
        List<Ranking.Entry> now = new ArrayList<>();
        List<Ranking.Entry> before = new ArrayList<>();
        if (indicator == RankedIndicator.SCORE) {
            for (Enterprise e : enterprises) {
                now.add(new Ranking.Entry(e.enterpriseId(), e.enterpriseId(), e.name(), score(e, current.startDate())));
                before.add(new Ranking.Entry(e.enterpriseId(), e.enterpriseId(), e.name(), score(e, previous.startDate())));
            }
        } else {
            Facts group = facts.load(new FactQuery(groupId, null, previous.start().minus(Duration.ofDays(1)),
                    current.end().plus(Duration.ofDays(1))));
            var asOf = clock.instant();
            for (Enterprise e : enterprises) {
                Facts own = group.only(e.enterpriseId());
                Periods.Interval cur = Periods.containing(at, unit, e.timeZone());
                Periods.Interval prev = Periods.previous(cur, unit, e.timeZone());
                List<Ranking.Entry> subjects = new ArrayList<>();
                if (level == Level.ENTERPRISE) {
                    subjects.add(new Ranking.Entry(e.enterpriseId(), e.enterpriseId(), e.name(), null));
                } else {
                    own.orgUnits().stream().filter(o -> "PLANT".equals(o.kind()) && !o.deleted())
                            .forEach(o -> subjects.add(new Ranking.Entry(o.orgUnitId(), e.enterpriseId(), o.name(), null)));
                }
                for (Ranking.Entry subject : subjects) {
                    Scope scope = new Scope(level == Level.ENTERPRISE ? Scope.Kind.ENTERPRISE : Scope.Kind.PLANT, subject.id());
                    now.add(new Ranking.Entry(subject.id(), e.enterpriseId(), subject.name(),
                            indicator.valueOf(IndicatorCalculator.compute(own, scope, cur.start(), cur.end(), asOf))));
                    before.add(new Ranking.Entry(subject.id(), e.enterpriseId(), subject.name(),
                            indicator.valueOf(IndicatorCalculator.compute(own, scope, prev.start(), prev.end(), asOf))));
                }
            }
        }
        return new Result(groupId, level, indicator, unit, current.startDate(), current.endDate(), previous.startDate(),
                Ranking.rank(now, before, indicator.higherIsBetter()));
    }

    private Double score(Enterprise e, LocalDate weekStart) {
        return scores.find(ScoreDocument.idOf(e.enterpriseId(), weekStart)).map(d -> d.score().e()).orElse(null);
    }
}
