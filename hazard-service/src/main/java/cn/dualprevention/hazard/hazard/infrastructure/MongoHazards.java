package cn.dualprevention.hazard.hazard.infrastructure;

import cn.dualprevention.hazard.hazard.domain.Hazard;
import cn.dualprevention.hazard.hazard.domain.HazardFilter;
import cn.dualprevention.hazard.hazard.domain.HazardState;
import cn.dualprevention.hazard.hazard.domain.Hazards;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Repository
class MongoHazards implements Hazards {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoHazards(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public boolean add(Hazard hazard, List<NewEvent> events) {
        try {
            store.insert(toDocument(hazard, hazard.version()), events);
            return true;
        } catch (DuplicateKeyException e) {
            if (hazard.origin().recordId() != null && findByRecord(hazard.origin().recordId()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void update(Hazard hazard, List<NewEvent> events) {
        store.update(toDocument(hazard, hazard.version() + 1), events);
    }

    @Override
    public Optional<Hazard> find(String id) {
        return Optional.ofNullable(mongo.findById(id, HazardDocument.class)).map(MongoHazards::toDomain);
    }

    @Override
    public Optional<Hazard> findByRecord(String recordId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("recordKey").is(recordId)), HazardDocument.class))
                .map(MongoHazards::toDomain);
    }

    @Override
    public List<Hazard> search(HazardFilter filter) {
        Criteria criteria = Criteria.where("groupId").is(filter.groupId());
        if (filter.enterpriseIds() != null) {
            criteria.and("enterpriseId").in(filter.enterpriseIds());
        }
        if (filter.overdueAsOf() != null) {
            criteria.and("state").is(HazardState.REMEDIATING).and("deadline").lt(filter.overdueAsOf());
            if (filter.state() != null && filter.state() != HazardState.REMEDIATING) {
                return List.of();
            }
        } else if (filter.state() != null) {
            criteria.and("state").is(filter.state());
        }
        if (filter.level() != null) {
            criteria.and("finding.level").is(filter.level());
        }
        if (filter.unitId() != null) {
            criteria.and("origin.unitId").is(filter.unitId());
        }
        if (filter.department() != null) {
            criteria.and("origin.department").is(filter.department());
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "registTime"));
        return mongo.find(query, HazardDocument.class).stream().map(MongoHazards::toDomain).toList();
    }

    @Override
    public List<Hazard> remediatingWithDeadlineBefore(LocalDate today) {
        Query query = Query.query(Criteria.where("state").is(HazardState.REMEDIATING).and("deadline").lt(today));
        return mongo.find(query, HazardDocument.class).stream().map(MongoHazards::toDomain).toList();
    }

    private static HazardDocument toDocument(Hazard h, long version) {
        String recordKey = h.origin().recordId() != null ? h.origin().recordId() : h.id();
        return new HazardDocument(h.id(), version, h.groupId(), h.enterpriseId(), recordKey, h.origin(), h.finding(),
                h.registrant(), h.registTime(), h.state(), h.manageType(), h.plan(), h.liablePerson(), h.termsDefaulted(), h.deadline(), h.originalDeadline(),
                h.pendingExtension(), h.rectification(), h.acceptance(), h.reopenCount(), h.flaggedToGroup(),
                h.history(), h.escalations());
    }

    private static Hazard toDomain(HazardDocument d) {
        return new Hazard(d.id(), d.version(), d.groupId(), d.enterpriseId(), d.origin(), d.finding(), d.registrant(),
                d.registTime(), d.state(), d.manageType(), d.plan(), d.liablePerson(), d.termsDefaulted(), d.deadline(), d.originalDeadline(),
                d.pendingExtension(), d.rectification(), d.acceptance(), d.reopenCount(), d.flaggedToGroup(),
                d.history(), d.escalations());
    }
}
