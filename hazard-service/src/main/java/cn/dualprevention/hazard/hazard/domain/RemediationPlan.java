package cn.dualprevention.hazard.hazard.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 整改方案 — the plan of a fix-by-deadline remediation. For a major hazard all five must be in place
 * (五落实: responsibility 责任, measures 措施, funds 资金, deadline 时限, contingency plan 预案).
 *
 * @param responsibility the liable person (liablePerson, required by the regulator)
 * @param funds          the money set aside (cost, ≤ 100 wide)
 */
public record RemediationPlan(String responsibility, String measures, String funds, LocalDate deadline,
                              String contingencyPlan) {

    public RemediationPlan {
        List<FieldViolation> violations = new ArrayList<>();
        Texts.require(violations, "responsibility", responsibility, 100);
        Texts.require(violations, "measures", measures, 1000);
        Texts.optional(violations, "funds", funds, 100);
        Texts.optional(violations, "contingencyPlan", contingencyPlan, 1000);
        if (deadline == null) {
            violations.add(new FieldViolation("deadline", "required", "a remediation deadline is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /** The five of 五落实 that are missing (blank), by field name. */
    public List<String> missingOfTheFive() {
        List<String> missing = new ArrayList<>();
        if (blank(funds)) {
            missing.add("funds");
        }
        if (blank(contingencyPlan)) {
            missing.add("contingencyPlan");
        }
        return missing;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
