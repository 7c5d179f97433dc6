package cn.dualprevention.risk.riskobject.infrastructure;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.risk.riskobject.domain.RiskObject;
import cn.dualprevention.risk.riskobject.domain.RiskObjects;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoRiskObjects implements RiskObjects {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoRiskObjects(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void add(RiskObject o, List<NewEvent> events) {
        store.insert(toDocument(o), events);
    }

    @Override
    public void change(RiskObject o, List<NewEvent> events) {
        store.update(toDocument(o), events);
    }

    private static RiskObjectDocument toDocument(RiskObject o) {
        return new RiskObjectDocument(o.id(), o.version(), o.groupId(), o.enterpriseId(), o.hazardCode(), o.name(),
                o.majorHazardSource(), o.majorHazardGrade(), o.mainResponsiblePersonId(),
                o.technicalResponsiblePersonId(), o.operationalResponsiblePersonId(), o.deleted());
    }

    @Override
    public Optional<RiskObject> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RiskObjectDocument.class)).map(MongoRiskObjects::toDomain);
    }

    @Override
    public List<RiskObject> ofEnterprise(String enterpriseId) {
        return mongo.find(Query.query(Criteria.where("enterpriseId").is(enterpriseId).and("deleted").ne(true)),
                RiskObjectDocument.class).stream().map(MongoRiskObjects::toDomain).toList();
    }

    private static RiskObject toDomain(RiskObjectDocument d) {
        return new RiskObject(d.id(), d.version(), d.groupId(), d.enterpriseId(), d.hazardCode(), d.name(),
                d.majorHazardSource(), d.majorHazardGrade(), d.mainResponsiblePersonId(),
                d.technicalResponsiblePersonId(), d.operationalResponsiblePersonId(), d.deleted());
    }
}
