package cn.dualprevention.inspection.riskmodel.infrastructure;

import cn.dualprevention.platform.readmodel.Projection;
import cn.dualprevention.platform.readmodel.ReadModelWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * 风险分析单元 — this service's copy of the risk units it works with, kept from risk-service's events in
 * collection {@code risk_units}: inspection needs where a unit is (check-in location), whether it is stopped, and who is responsible.
 */
@Configuration
class RiskUnitReplica {

    @Bean
    Projection riskUnitProjection(ReadModelWriter writer) {
        return Projection.copying(Set.of("risk.unit.created.v1"), "risk_units",
                List.of("name", "responsibleDepartment", "responsiblePerson", "longitude", "latitude", "status"), writer);
    }
}
