package cn.dualprevention.inspection.riskmodel.infrastructure;

import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.readmodel.Projection;
import cn.dualprevention.platform.readmodel.ReadModelWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * 风险分析单元 — this service's copy of the risk units it works with, kept from risk-service's events in
 * collection {@code risk_units}: inspection needs where a unit is (check-in location), whether it is stopped, and who is responsible.
 */
@Configuration
class RiskUnitReplica {

    static final String COLLECTION = "risk_units";

    @Bean
    Projection riskUnitProjection(ReadModelWriter writer) {
        return new Projection(Set.of("risk.unit.created.v1"), COLLECTION, event -> {
            Map<String, Object> fields = new HashMap<>();
            fields.put("groupId", event.groupId());
            fields.put("enterpriseId", event.enterpriseId());
            copy(event, fields, "name");
            copy(event, fields, "responsibleDepartment");
            copy(event, fields, "responsiblePerson");
            copy(event, fields, "longitude");
            copy(event, fields, "latitude");
            copy(event, fields, "status");
            return fields;
        }, writer);
    }

    private static void copy(EventEnvelope event, Map<String, Object> fields, String name) {
        var value = event.data().get(name);
        if (value != null && !value.isNull()) {
            fields.put(name, value.isNumber() ? value.numberValue() : value.asString());
        }
    }
}
