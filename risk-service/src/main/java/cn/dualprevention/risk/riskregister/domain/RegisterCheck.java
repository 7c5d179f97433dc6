package cn.dualprevention.risk.riskregister.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.risk.assessment.domain.Assessment;
import cn.dualprevention.risk.assessment.domain.AssessmentKind;
import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.assessment.domain.RiskThresholds;
import cn.dualprevention.risk.measure.domain.ControlLevel;
import cn.dualprevention.risk.measure.domain.ControlMeasure;
import cn.dualprevention.risk.measure.domain.ControlMode;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
import cn.dualprevention.risk.riskunit.domain.GeoPoint;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static cn.dualprevention.risk.riskregister.domain.RegisterColumn.*;

/**
 * 风险清单校验 — checks the rows of one unit with the same rules as the API (the domain's own factories), and
 * either plans the unit or reports every broken rule by row and column. A unit with one bad row is not planned.
 */
public final class RegisterCheck {

    private static final Map<String, RegisterColumn> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("hazardCode", HAZARD_CODE), Map.entry("name", UNIT_NAME),
            Map.entry("responsibleDepartment", DEPARTMENT), Map.entry("responsiblePerson", PERSON),
            Map.entry("longitude", LONGITUDE), Map.entry("latitude", LATITUDE), Map.entry("consequence", CONSEQUENCE),
            Map.entry("method", METHOD), Map.entry("kind", METHOD), Map.entry("factors", FACTORS), Map.entry("level", LEVEL),
            Map.entry("directRule", DIRECT_RULE), Map.entry("description", MEASURE), Map.entry("classify1", CLASSIFY1),
            Map.entry("classify2", CLASSIFY2), Map.entry("classify3", CLASSIFY3), Map.entry("controlMode", CONTROL_MODE),
            Map.entry("troubleshootContent", TROUBLESHOOT_CONTENT), Map.entry("controlLevel", CONTROL_LEVEL));

    private final String companyCode;
    private final Function<AssessmentMethod, RiskThresholds> thresholds;

    public RegisterCheck(String companyCode, Function<AssessmentMethod, RiskThresholds> thresholds) {
        this.companyCode = companyCode;
        this.thresholds = thresholds;
    }

    /** The outcome for one unit: a plan, or the problems (never both). */
    public record Outcome(UnitPlan plan, List<RowProblem> problems) {
    }

    public Outcome check(List<RegisterRow> unitRows) {
        List<RowProblem> problems = new ArrayList<>();
        RegisterRow first = unitRows.get(0);
        RiskUnit.UnitDetails details = null;
        try {
            GeoPoint location = location(first);
            details = new RiskUnit.UnitDetails(null, first.get(HAZARD_CODE), first.get(UNIT_NAME), first.get(DEPARTMENT),
                    null, first.get(PERSON), null, location);
            RiskUnit.create("check", "check", "check", companyCode, details, RiskLevel.LOW, "check");
        } catch (InvalidValueException e) {
            problems.addAll(problems(first, e, UNIT_NAME));
        }
        Map<String, EventDraft> events = new LinkedHashMap<>();
        RiskLevel unitLevel = null;
        for (RegisterRow row : unitRows) {
            String eventName = row.get(EVENT_NAME);
            if (eventName == null) {
                problems.add(problem(row, EVENT_NAME, "required", "every row names its risk event"));
                continue;
            }
            EventDraft draft = events.get(eventName);
            if (draft == null) {
                draft = draftEvent(row, problems);
                if (draft == null) {
                    // the event is rejected; its measures are still checked so that every problem shows at once
                    draft = new EventDraft(eventName, null, null, Map.of(), null, null, RiskLevel.LOW);
                }
                events.put(eventName, draft);
                unitLevel = draft.level.higherOf(unitLevel);
            }
            if (row.get(MEASURE) != null || row.get(CLASSIFY1) != null) {
                try {
                    ControlMeasure.MeasureDetails measure = new ControlMeasure.MeasureDetails(
                            code(ControlMode.class, row, CONTROL_MODE), row.get(MEASURE), row.get(CLASSIFY1),
                            row.get(CLASSIFY2), row.get(CLASSIFY3), row.get(TROUBLESHOOT_CONTENT),
                            code(ControlLevel.class, row, CONTROL_LEVEL), null);
                    ControlMeasure.create("check", "check", "check", "check", "check", measure);
                    draft.measures.add(measure);
                } catch (InvalidValueException e) {
                    problems.addAll(problems(row, e, MEASURE));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        List<UnitPlan.EventPlan> plans = events.values().stream().map(d -> new UnitPlan.EventPlan(d.name, d.consequence,
                d.method, d.factors, d.directLevel, d.directRule, List.copyOf(d.measures))).toList();
        return new Outcome(new UnitPlan(details, unitLevel, plans), List.of());
    }

    private EventDraft draftEvent(RegisterRow row, List<RowProblem> problems) {
        int before = problems.size();
        try {
            RiskEvent.create("check", "check", "check", "check", row.get(EVENT_NAME), row.get(CONSEQUENCE));
        } catch (InvalidValueException e) {
            problems.addAll(problems(row, e, EVENT_NAME));
        }
        try {
            AssessmentMethod method = code(AssessmentMethod.class, row, METHOD);
            Map<String, BigDecimal> factors = method == AssessmentMethod.DIRECT ? Map.of() : Factors.parse(row.get(FACTORS));
            RiskLevel directLevel = method == AssessmentMethod.DIRECT ? code(RiskLevel.class, row, LEVEL) : null;
            Assessment assessment = Assessment.make(AssessmentKind.RESIDUAL, method, factors, directLevel,
                    row.get(DIRECT_RULE), null, "import", Instant.EPOCH, method == null ? null : thresholds.apply(method));
            if (problems.size() > before) {
                return null;
            }
            return new EventDraft(row.get(EVENT_NAME), row.get(CONSEQUENCE), method, factors, directLevel,
                    row.get(DIRECT_RULE), assessment.level());
        } catch (InvalidValueException e) {
            problems.addAll(problems(row, e, METHOD));
            return null;
        }
    }

    private static GeoPoint location(RegisterRow row) {
        String lon = row.get(LONGITUDE);
        String lat = row.get(LATITUDE);
        if (lon == null && lat == null) {
            return null;
        }
        try {
            return new GeoPoint(Double.parseDouble(lon), Double.parseDouble(lat));
        } catch (NullPointerException | NumberFormatException e) {
            throw new InvalidValueException(lon == null ? "longitude" : "latitude", "number",
                    "longitude and latitude are decimal degrees and go together");
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, RegisterRow row, RegisterColumn column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase());
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new InvalidValueException(fieldOf(column), "code", "'" + value + "' is not one of " + allowed);
        }
    }

    private static String fieldOf(RegisterColumn column) {
        return FIELD_COLUMNS.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
                .findFirst().orElse(column.name());
    }

    private static List<RowProblem> problems(RegisterRow row, InvalidValueException e, RegisterColumn fallback) {
        List<RowProblem> problems = new ArrayList<>();
        for (FieldViolation v : e.violations()) {
            String field = v.field().startsWith("factors") ? "factors" : v.field();
            RegisterColumn column = "name".equals(field) ? fallback : FIELD_COLUMNS.getOrDefault(field, fallback);
            problems.add(problem(row, column, v.rule(), v.message()));
        }
        return problems;
    }

    private static RowProblem problem(RegisterRow row, RegisterColumn column, String rule, String message) {
        return new RowProblem(row.rowNumber(), column.letter(), column.header(), rule, message);
    }

    private static final class EventDraft {
        final String name;
        final String consequence;
        final AssessmentMethod method;
        final Map<String, BigDecimal> factors;
        final RiskLevel directLevel;
        final String directRule;
        final RiskLevel level;
        final List<ControlMeasure.MeasureDetails> measures = new ArrayList<>();

        EventDraft(String name, String consequence, AssessmentMethod method, Map<String, BigDecimal> factors,
                   RiskLevel directLevel, String directRule, RiskLevel level) {
            this.name = name;
            this.consequence = consequence;
            this.method = method;
            this.factors = factors;
            this.directLevel = directLevel;
            this.directRule = directRule;
            this.level = level;
        }
    }
}
