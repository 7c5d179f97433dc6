package cn.dualprevention.assessment.warnings.web;

import java.time.Instant;
import java.util.List;

/** A warning with the records behind it. */
record WarningResponse(String id, String enterpriseId, String kind, String subjectType, String subjectId, String state,
                       String summary, List<EvidenceResponse> evidence, Instant raisedAt, Instant clearedAt,
                       int raisedCount) {

    record EvidenceResponse(String kind, String id, String note) {
    }
}
