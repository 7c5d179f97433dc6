package cn.dualprevention.inspection.riskmodel.infrastructure;

import cn.dualprevention.platform.readmodel.Projection;
import cn.dualprevention.platform.readmodel.ReadModelWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 风险分析单元 — this service's copy of the risk units it works with, kept from risk-service's events in
 * collection {@code risk_units}: inspection needs where a unit is (check-in location), whether it is stopped, and who is responsible.
 * Also the people replica ({@code people}: who holds which post) and the enterprises' time zones ({@code enterprises}).
 */
@Configuration
class RiskUnitReplica {

    static final String UNITS = "risk_units";
    static final String PEOPLE = "people";
    static final String ENTERPRISES = "enterprises";

    @Bean
    Projection riskUnitProjection(ReadModelWriter writer) {
        return Projection.copying(Set.of("risk.unit.created.v1", "risk.unit.updated.v1"), UNITS,
                List.of("name", "riskObjectId", "responsibleDepartment", "responsiblePerson", "longitude", "latitude",
                        "status", "qrToken"), writer);
    }

    @Bean
    Projection enterpriseProjection(ReadModelWriter writer) {
        return Projection.copying(Set.of("risk.enterprise.registered.v1", "risk.enterprise.updated.v1"), ENTERPRISES,
                List.of("name", "timeZone"), writer);
    }

    /** 人员岗位 — people and their posts; {@code postIds} is a list, so this projection is written out. */
    @Bean
    Projection personProjection(ReadModelWriter writer) {
        return new Projection(Set.of("risk.person.changed.v1"), PEOPLE, event -> {
            JsonNode data = event.data();
            Map<String, Object> fields = new HashMap<>();
            fields.put("groupId", event.groupId());
            fields.put("enterpriseId", event.enterpriseId());
            fields.put("name", data.path("name").asString(null));
            fields.put("mobile", data.path("mobile").asString(null));
            fields.put("departmentId", data.path("departmentId").asString(null));
            List<String> posts = new ArrayList<>();
            data.path("postIds").forEach(post -> posts.add(post.asString()));
            fields.put("postIds", posts);
            fields.put("deleted", data.path("deleted").asBoolean(false));
            return fields;
        }, writer);
    }
}
