package cn.dualprevention.risk.riskevent.domain;

import cn.dualprevention.risk.assessment.domain.Assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Event data of {@code risk.event.assessed.v1}. */
public record RiskEventAssessed(String riskEventId, String unitId, String enterpriseId, String method, String kind,
                                Map<String, BigDecimal> factors, BigDecimal score, String level, String reason,
                                String assessor, String directRule, Instant assessedAt) {

    public static final String TYPE = "risk.event.assessed.v1";

    public static RiskEventAssessed of(RiskEvent event, Assessment a) {
        return new RiskEventAssessed(event.id(), event.unitId(), event.enterpriseId(), a.method().name(), a.kind().name(),
                new TreeMap<>(a.factors()), a.score(), a.level().name(), a.reason(), a.assessor(), a.directRule(),
                a.assessedAt());
    }
}
