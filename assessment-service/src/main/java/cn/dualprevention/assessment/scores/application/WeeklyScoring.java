package cn.dualprevention.assessment.scores.application;

import cn.dualprevention.assessment.AssessmentProperties;
import cn.dualprevention.assessment.facts.domain.Enterprise;
import cn.dualprevention.assessment.facts.domain.FactQuery;
import cn.dualprevention.assessment.facts.infrastructure.FactStore;
import cn.dualprevention.assessment.indicators.domain.IndicatorCalculator;
import cn.dualprevention.assessment.indicators.domain.Periods;
import cn.dualprevention.assessment.indicators.domain.Scope;
import cn.dualprevention.assessment.scores.domain.Grade;
import cn.dualprevention.assessment.scores.domain.WeeklyScore;
import cn.dualprevention.assessment.scores.domain.WeeklyScoreModel;
import cn.dualprevention.assessment.scores.infrastructure.ScoreDocument;
import cn.dualprevention.assessment.scores.infrastructure.ScoreRepository;
import cn.dualprevention.assessment.warnings.application.WarningWatch;
import cn.dualprevention.assessment.warnings.domain.Signal;
import cn.dualprevention.assessment.warnings.domain.SignalKind;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 周评估 — scores an enterprise's week (Monday 00:00 to Monday 00:00 in its time zone), keeps it, announces it
 * ({@code assessment.score.computed.v1}, and {@code assessment.grade.changed.v1} when the grade moved) and
 * raises or clears the grade-drop warning.
 */
@Service
public class WeeklyScoring {

    public static final String COMPUTED = "assessment.score.computed.v1";
    public static final String GRADE_CHANGED = "assessment.grade.changed.v1";

    private final FactStore facts;
    private final ScoreRepository scores;
    private final WarningWatch warnings;
    private final AssessmentProperties properties;
    private final Clock clock;

    WeeklyScoring(FactStore facts, ScoreRepository scores, WarningWatch warnings, AssessmentProperties properties, Clock clock) {
        this.facts = facts;
        this.scores = scores;
        this.warnings = warnings;
        this.properties = properties;
        this.clock = clock;
    }

    /** A kept score, with the grade of the week before when there was one. */
    public record KeptScore(String id, Instant computedAt, Grade previousGrade, WeeklyScore score) {
    }

    /** The score the week would get now, not kept. */
    public WeeklyScore preview(String enterpriseId, LocalDate weekStart) {
        Enterprise enterprise = accessible(enterpriseId);
        return compute(enterprise, monday("week", weekStart));
    }

    public KeptScore get(String enterpriseId, LocalDate weekStart) {
        accessible(enterpriseId);
        return scores.find(ScoreDocument.idOf(enterpriseId, monday("week", weekStart))).map(WeeklyScoring::kept)
                .orElseThrow(() -> new NotFoundException("score", ScoreDocument.idOf(enterpriseId, weekStart)));
    }

    public List<KeptScore> list(String enterpriseId, LocalDate from, LocalDate to) {
        accessible(enterpriseId);
        return scores.list(enterpriseId, from.toString(), to.toString()).stream().map(WeeklyScoring::kept).toList();
    }

    /** Scores a past week now if it was not scored yet (an administrator catching up). */
    public KeptScore computeFor(String enterpriseId, LocalDate weekStart) {
        Enterprise enterprise = accessible(enterpriseId);
        LocalDate monday = monday("week", weekStart);
        if (!Periods.containing(monday, Periods.Unit.WEEK, enterprise.timeZone()).end().isAfter(clock.instant())) {
            return keep(enterprise, monday);
        }
        throw new InvalidValueException("week", "week-over", "only a week that is over can be scored");
    }

    /** The Monday job: every enterprise whose last week (in its own time zone) is not scored yet gets scored. */
    public int scoreLastWeeks() {
        Instant now = clock.instant();
        int scored = 0;
        for (Enterprise enterprise : facts.allEnterprises()) {
            LocalDate thisMonday = now.atZone(enterprise.timeZone()).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate lastWeek = thisMonday.minusWeeks(1);
            if (scores.find(ScoreDocument.idOf(enterprise.enterpriseId(), lastWeek)).isEmpty()) {
                keep(enterprise, lastWeek);
                scored++;
            }
        }
        return scored;
    }

    private KeptScore keep(Enterprise enterprise, LocalDate weekStart) {
        String id = ScoreDocument.idOf(enterprise.enterpriseId(), weekStart);
        var existing = scores.find(id);
        if (existing.isPresent()) {
            return kept(existing.get());
        }
        WeeklyScore score = compute(enterprise, weekStart);
        Grade previous = scores.find(ScoreDocument.idOf(enterprise.enterpriseId(), weekStart.minusWeeks(1)))
                .map(d -> d.score().grade()).orElse(null);
        Instant now = clock.instant();
        ScoreDocument doc = new ScoreDocument(id, 1, enterprise.groupId(), enterprise.enterpriseId(), weekStart.toString(),
                now, previous == null ? null : previous.name(), score);
        List<NewEvent> events = new ArrayList<>();
        events.add(new NewEvent(COMPUTED, enterprise.groupId(), enterprise.enterpriseId(), id, computedData(score)));
        if (previous != null && previous != score.grade()) {
            Map<String, Object> changed = new LinkedHashMap<>();
            changed.put("enterpriseId", enterprise.enterpriseId());
            changed.put("weekStart", weekStart.toString());
            changed.put("fromGrade", previous.name());
            changed.put("toGrade", score.grade().name());
            changed.put("direction", score.grade().worseThan(previous) ? "DOWN" : "UP");
            changed.put("score", score.e());
            events.add(new NewEvent(GRADE_CHANGED, enterprise.groupId(), enterprise.enterpriseId(), id, changed));
        }
        if (!scores.insert(doc, events)) {
            return kept(scores.find(id).orElseThrow());
        }
        String dropKey = new Signal(SignalKind.GRADE_DROPPED, enterprise.enterpriseId(), "ENTERPRISE",
                enterprise.enterpriseId(), "", List.of()).key();
        if (previous != null && score.grade().worseThan(previous)) {
            warnings.raise(enterprise.groupId(), new Signal(SignalKind.GRADE_DROPPED, enterprise.enterpriseId(), "ENTERPRISE",
                    enterprise.enterpriseId(), "grade fell from " + previous.chinese() + " to " + score.grade().chinese()
                    + " in the week of " + weekStart + " (score " + score.e() + ")",
                    List.of(new Signal.Evidence("score", ScoreDocument.idOf(enterprise.enterpriseId(), weekStart.minusWeeks(1)),
                                    "grade " + previous.chinese()),
                            new Signal.Evidence("score", id, "grade " + score.grade().chinese() + ", E = " + score.e()))), now);
        } else if (previous != null) {
            warnings.clearKey(dropKey, "grade did not fall in the week of " + weekStart);
        }
        return new KeptScore(id, now, previous, score);
    }

    private WeeklyScore compute(Enterprise enterprise, LocalDate weekStart) {
        Periods.Interval week = Periods.containing(weekStart, Periods.Unit.WEEK, enterprise.timeZone());
        var loaded = facts.load(FactQuery.enterprise(enterprise.enterpriseId(), week.start(), week.end()));
        var values = IndicatorCalculator.compute(loaded, new Scope(Scope.Kind.ENTERPRISE, enterprise.enterpriseId()),
                week.start(), week.end(), clock.instant());
        return WeeklyScoreModel.score(enterprise.enterpriseId(), weekStart, values, properties.scoring());
    }

    private static Map<String, Object> computedData(WeeklyScore s) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enterpriseId", s.enterpriseId());
        data.put("weekStart", s.weekStart().toString());
        data.put("from", s.from().toString());
        data.put("to", s.to().toString());
        data.put("a", s.a());
        data.put("b", s.b());
        data.put("alpha", s.alpha());
        data.put("score", s.e());
        data.put("grade", s.grade().name());
        data.put("deductions", s.deductions().stream().map(d -> Map.of("code", d.code(), "term", d.term(),
                "points", d.points(), "cause", d.cause())).toList());
        data.put("vetoes", s.vetoes().stream().map(v -> Map.of("code", v.code(), "cause", v.cause())).toList());
        return data;
    }

    private Enterprise accessible(String enterpriseId) {
        Enterprise enterprise = facts.enterprise(enterpriseId).orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
        CallerContext.require().requireAccess(enterprise.groupId(), enterpriseId, "enterprise", enterpriseId);
        return enterprise;
    }

    private static LocalDate monday(String field, LocalDate day) {
        if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new InvalidValueException(field, "monday", field + " must be the Monday a week starts on");
        }
        return day;
    }

    private static KeptScore kept(ScoreDocument d) {
        return new KeptScore(d.id(), d.computedAt(), d.previousGrade() == null ? null : Grade.valueOf(d.previousGrade()), d.score());
    }
}
