package cn.dualprevention.risk.riskevent.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A risk event with its latest inherent and residual level and the full history of assessments. */
public record RiskEventResponse(String id, long version, String enterpriseId, String unitId, String name,
                                String consequence, String inherentLevel, String residualLevel,
                                List<AssessmentResponse> assessments) {

    /** One assessment of the history. */
    public record AssessmentResponse(String kind, String method, Map<String, BigDecimal> factors, BigDecimal score,
                                     String level, String colour, String directRule, String reason, String assessor,
                                     Instant assessedAt) {
    }
}
