package cn.dualprevention.risk.riskevent.infrastructure;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.risk.assessment.domain.Assessment;
import cn.dualprevention.risk.assessment.domain.AssessmentKind;
import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
import cn.dualprevention.risk.riskevent.domain.RiskEvents;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

@Repository
class MongoRiskEvents implements RiskEvents {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoRiskEvents(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void add(RiskEvent event, List<NewEvent> events) {
        store.insert(toDocument(event), events);
    }

    @Override
    public boolean addIfAbsent(RiskEvent event, List<NewEvent> events) {
        try {
            store.insert(toDocument(event), events);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void change(RiskEvent event, List<NewEvent> events) {
        store.update(toDocument(event), events);
    }

    @Override
    public Optional<RiskEvent> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RiskEventDocument.class)).map(MongoRiskEvents::toDomain);
    }

    @Override
    public List<RiskEvent> ofUnit(String unitId) {
        return mongo.find(Query.query(Criteria.where("unitId").is(unitId).and("deleted").ne(true)), RiskEventDocument.class)
                .stream().map(MongoRiskEvents::toDomain).toList();
    }

    private static RiskEventDocument toDocument(RiskEvent e) {
        return new RiskEventDocument(e.id(), e.version(), e.groupId(), e.enterpriseId(), e.unitId(), e.name(),
                e.consequence(), e.assessments().stream().map(a -> new RiskEventDocument.AssessmentEntry(a.kind().name(),
                a.method().name(), toStrings(a), a.score() == null ? null : a.score().toPlainString(), a.level().name(),
                a.directRule(), a.reason(), a.assessor(), a.assessedAt())).toList(), e.deleted());
    }

    private static TreeMap<String, String> toStrings(Assessment a) {
        TreeMap<String, String> factors = new TreeMap<>();
        a.factors().forEach((k, v) -> factors.put(k, v.toPlainString()));
        return factors;
    }

    private static RiskEvent toDomain(RiskEventDocument d) {
        List<Assessment> history = d.assessments() == null ? List.of() : d.assessments().stream().map(a -> {
            TreeMap<String, BigDecimal> factors = new TreeMap<>();
            if (a.factors() != null) {
                a.factors().forEach((k, v) -> factors.put(k, new BigDecimal(v)));
            }
            return new Assessment(AssessmentKind.valueOf(a.kind()), AssessmentMethod.valueOf(a.method()), factors,
                    a.score() == null ? null : new BigDecimal(a.score()), RiskLevel.valueOf(a.level()), a.directRule(),
                    a.reason(), a.assessor(), a.assessedAt());
        }).toList();
        return new RiskEvent(d.id(), d.version(), d.groupId(), d.enterpriseId(), d.unitId(), d.name(), d.consequence(),
                history, d.deleted());
    }
}
