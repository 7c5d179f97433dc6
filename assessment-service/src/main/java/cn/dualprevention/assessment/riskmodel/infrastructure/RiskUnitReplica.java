package cn.dualprevention.assessment.riskmodel.infrastructure;

import cn.dualprevention.platform.readmodel.Projection;
import cn.dualprevention.platform.readmodel.ReadModelWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * 风险分析单元 — the plain replica of risk-service's units in {@code risk_units} that every consuming service keeps
 * (the walking-skeleton end-to-end test checks it). The indicators do not read it: they use the unit facts of the
 * active generation ({@code f<n>_units}), which a rebuild can replace.
 */
@Configuration
class RiskUnitReplica {

    @Bean
    Projection riskUnitProjection(ReadModelWriter writer) {
        return Projection.copying(Set.of("risk.unit.created.v1"), "risk_units",
                List.of("name", "riskLevel", "responsibleDepartment", "status"), writer);
    }
}
