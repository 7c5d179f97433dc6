package cn.dualprevention.hazard.riskmodel.infrastructure;

import cn.dualprevention.hazard.riskmodel.domain.RiskUnitDirectory;
import cn.dualprevention.hazard.riskmodel.domain.RiskUnitFacts;
import cn.dualprevention.platform.readmodel.Projection;
import cn.dualprevention.platform.readmodel.ReadModelWriter;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 风险分析单元 — this service's copy of the risk units it works with, kept from risk-service's events in
 * collection {@code risk_units}: a hazard is bound to its unit and risk analysis object (hazardCode) and routed to
 * the responsible department.
 */
@Configuration
class RiskUnitReplica {

    static final String COLLECTION = "risk_units";

    @Bean
    Projection riskUnitProjection(ReadModelWriter writer) {
        return Projection.copying(Set.of("risk.unit.created.v1", "risk.unit.updated.v1"), COLLECTION,
                List.of("name", "riskObjectId", "hazardCode", "responsibleDepartment", "responsibleDepartmentId",
                        "responsiblePerson", "responsiblePersonId"), writer);
    }

    @Bean
    RiskUnitDirectory riskUnitDirectory(MongoTemplate mongo) {
        return unitId -> Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(unitId)), Document.class, COLLECTION))
                .map(d -> new RiskUnitFacts(unitId, d.getString("groupId"), d.getString("enterpriseId"), d.getString("name"),
                        d.getString("riskObjectId"), d.getString("hazardCode"), d.getString("responsibleDepartment"),
                        d.getString("responsibleDepartmentId"), d.getString("responsiblePerson"),
                        d.getString("responsiblePersonId")));
    }
}
