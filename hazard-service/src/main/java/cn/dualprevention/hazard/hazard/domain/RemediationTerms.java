package cn.dualprevention.hazard.hazard.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 责任人与整改期限 — who answers for the hazard and by when, as known at registration. A major hazard (重大隐患) is
 * reported to the regulator at once and the regulator's record requires both ({@code liablePerson},
 * {@code dangerManageDeadline}), so a major hazard is registered with them: named by the registrant, or — for a
 * hazard found on an inspection record, whose inspector does not know them — defaulted (the risk unit's
 * responsible person, registration + a configured period). The remediation plan replaces them.
 *
 * @param liablePersonBasis how the liable person was defaulted; null when the registrant named them
 * @param deadlineBasis     how the deadline was defaulted; null when the registrant named it
 */
public record RemediationTerms(String liablePerson, LocalDate deadline, String liablePersonBasis, String deadlineBasis) {

    public RemediationTerms {
        List<FieldViolation> violations = new ArrayList<>();
        Texts.optional(violations, "liablePerson", liablePerson, 100);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        liablePerson = liablePerson == null || liablePerson.isBlank() ? null : liablePerson.trim();
    }

    /** As the registrant named them (either may be absent for a general hazard). */
    public static RemediationTerms named(String liablePerson, LocalDate deadline) {
        return new RemediationTerms(liablePerson, deadline, null, null);
    }

    public static RemediationTerms none() {
        return new RemediationTerms(null, null, null, null);
    }

    /** Whether any of the two was defaulted rather than named (provisional until the plan is set). */
    public boolean defaulted() {
        return liablePersonBasis != null || deadlineBasis != null;
    }

    /** A major hazard needs both at registration: each missing one is a 400 with rule {@code required-for-major}. */
    void requireForMajor() {
        List<FieldViolation> violations = new ArrayList<>();
        if (liablePerson == null) {
            violations.add(new FieldViolation("liablePerson", "required-for-major",
                    "a major hazard is reported to the regulator at once and names its liable person (责任人)"));
        }
        if (deadline == null) {
            violations.add(new FieldViolation("deadline", "required-for-major",
                    "a major hazard is reported to the regulator at once and names its remediation deadline (整改期限)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }
}
