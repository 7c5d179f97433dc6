package cn.dualprevention.assessment.evaluation.domain;

import java.util.List;

/**
 * How one item of an evaluation stands.
 *
 * @param status   COMPUTED (filled by the system), ENTERED (by an assessor), PENDING (waiting for an assessor) or
 *                 NOT_APPLICABLE (不涉及: its points leave the total)
 * @param score    points given; null while pending or not applicable
 * @param evidence what the system counted (counts, rates and the ids to open)
 * @param note     the assessor's 评估记录
 */
public record ItemResult(String code, String status, Double score, List<String> evidence, String note, String assessor) {

    public ItemResult {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static final String COMPUTED = "COMPUTED";
    public static final String ENTERED = "ENTERED";
    public static final String PENDING = "PENDING";
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";
}
