package cn.dualprevention.risk.assessment.infrastructure;

import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.assessment.domain.RiskThresholds;
import cn.dualprevention.risk.assessment.domain.ThresholdSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class MongoThresholdSettings implements ThresholdSettings {

    private final MongoTemplate mongo;

    MongoThresholdSettings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<RiskThresholds> find(String enterpriseId, AssessmentMethod method) {
        return Optional.ofNullable(mongo.findById(enterpriseId + ":" + method.name(), ThresholdDocument.class))
                .map(d -> RiskThresholds.of(method, d.major(), d.considerable(), d.general()));
    }

    @Override
    public void save(String groupId, String enterpriseId, RiskThresholds t) {
        mongo.save(new ThresholdDocument(enterpriseId + ":" + t.method().name(), groupId, enterpriseId, t.method().name(),
                t.major().toString(), t.considerable().toString(), t.general().toString()));
    }
}
