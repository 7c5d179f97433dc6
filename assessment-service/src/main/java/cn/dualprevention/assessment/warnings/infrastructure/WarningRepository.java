package cn.dualprevention.assessment.warnings.infrastructure;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Warnings in {@code warnings}, written with their events through the outbox. */
@Component
public class WarningRepository {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    WarningRepository(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    public Optional<WarningDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, WarningDocument.class));
    }

    public void insert(WarningDocument warning, List<NewEvent> events) {
        store.insert(warning, events);
    }

    public void update(WarningDocument warning, List<NewEvent> events) {
        store.update(warning, events);
    }

    public List<WarningDocument> active(String enterpriseId) {
        return mongo.find(Query.query(Criteria.where("enterpriseId").is(enterpriseId).and("state").is(WarningDocument.ACTIVE)),
                WarningDocument.class);
    }

    public List<WarningDocument> list(String groupId, String enterpriseId, String state, String kind) {
        Criteria criteria = Criteria.where("groupId").is(groupId);
        if (enterpriseId != null) {
            criteria = criteria.and("enterpriseId").is(enterpriseId);
        }
        if (state != null) {
            criteria = criteria.and("state").is(state);
        }
        if (kind != null) {
            criteria = criteria.and("kind").is(kind);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "raisedAt")).limit(1000), WarningDocument.class);
    }
}
