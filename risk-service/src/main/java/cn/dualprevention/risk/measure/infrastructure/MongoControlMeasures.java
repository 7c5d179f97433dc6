package cn.dualprevention.risk.measure.infrastructure;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.risk.measure.domain.ControlLevel;
import cn.dualprevention.risk.measure.domain.ControlMeasure;
import cn.dualprevention.risk.measure.domain.ControlMeasures;
import cn.dualprevention.risk.measure.domain.ControlMode;
import cn.dualprevention.risk.riskevent.domain.EventMeasures;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoControlMeasures implements ControlMeasures, EventMeasures {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoControlMeasures(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void add(ControlMeasure m, List<NewEvent> events) {
        store.insert(toDocument(m), events);
    }

    @Override
    public boolean addIfAbsent(ControlMeasure measure, List<NewEvent> events) {
        try {
            store.insert(toDocument(measure), events);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void change(ControlMeasure m, List<NewEvent> events) {
        store.update(toDocument(m), events);
    }

    private static ControlMeasureDocument toDocument(ControlMeasure m) {
        return new ControlMeasureDocument(m.id(), m.version(), m.groupId(), m.enterpriseId(), m.riskEventId(),
                m.unitId(), m.controlMode().name(), m.description(), m.classify1(), m.classify2(), m.classify3(),
                m.troubleshootContent(), m.controlLevel().name(), m.responsiblePostId(), m.deleted());
    }

    @Override
    public Optional<ControlMeasure> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ControlMeasureDocument.class)).map(MongoControlMeasures::toDomain);
    }

    @Override
    public List<ControlMeasure> ofRiskEvent(String riskEventId) {
        return mongo.find(Query.query(Criteria.where("riskEventId").is(riskEventId).and("deleted").ne(true)),
                ControlMeasureDocument.class).stream().map(MongoControlMeasures::toDomain).toList();
    }

    @Override
    public int liveCount(String riskEventId) {
        return (int) mongo.count(Query.query(Criteria.where("riskEventId").is(riskEventId).and("deleted").ne(true)),
                ControlMeasureDocument.class);
    }

    private static ControlMeasure toDomain(ControlMeasureDocument d) {
        return new ControlMeasure(d.id(), d.version(), d.groupId(), d.enterpriseId(), d.riskEventId(), d.unitId(),
                ControlMode.valueOf(d.controlMode()), d.description(), d.classify1(), d.classify2(), d.classify3(),
                d.troubleshootContent(), ControlLevel.valueOf(d.controlLevel()), d.responsiblePostId(), d.deleted());
    }
}
