package cn.dualprevention.assessment.warnings.domain;

import java.util.List;

/**
 * A warning sign found in the facts (预警信号): what, about which subject, and the records behind it.
 *
 * @param subjectType ENTERPRISE, UNIT, PERSON, HAZARD or PHOTO
 */
public record Signal(SignalKind kind, String enterpriseId, String subjectType, String subjectId, String summary,
                     List<Evidence> evidence) {

    public Signal {
        evidence = List.copyOf(evidence);
    }

    /** One record behind a signal: its kind (record, cycle, hazard …), id, and what about it matters. */
    public record Evidence(String kind, String id, String note) {
    }

    /** Stable key of the thing warned about; one warning per key. */
    public String key() {
        return enterpriseId + "|" + kind + "|" + subjectType + "|" + subjectId;
    }
}
