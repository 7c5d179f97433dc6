package cn.dualprevention.assessment.riskmodel.infrastructure;

import cn.dualprevention.platform.readmodel.Projection;
import cn.dualprevention.platform.readmodel.ReadModelWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * 风险分析单元 — this service's copy of the risk units it works with, kept from risk-service's events in
 * collection {@code risk_units}: indicators are kept per unit and department, and risk analysis completion counts units by level.
 */
@Configuration
class RiskUnitReplica {

    @Bean
    Projection riskUnitProjection(ReadModelWriter writer) {
        return Projection.copying(Set.of("risk.unit.created.v1"), "risk_units",
                List.of("name", "riskLevel", "responsibleDepartment", "status"), writer);
    }
}
