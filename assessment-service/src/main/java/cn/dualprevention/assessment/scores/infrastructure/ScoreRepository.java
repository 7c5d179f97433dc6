package cn.dualprevention.assessment.scores.infrastructure;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Kept weekly scores. */
@Component
public class ScoreRepository {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    ScoreRepository(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    public Optional<ScoreDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ScoreDocument.class));
    }

    /** Keeps a score with its events; false when that week was already scored (by another instance, say). */
    public boolean insert(ScoreDocument score, List<NewEvent> events) {
        try {
            store.insert(score, events);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("E11000")) {
                return false;
            }
            throw e;
        }
    }

    public List<ScoreDocument> list(String enterpriseId, String fromWeek, String toWeek) {
        return mongo.find(Query.query(Criteria.where("enterpriseId").is(enterpriseId).and("weekStart").gte(fromWeek).lt(toWeek))
                .with(Sort.by("weekStart")), ScoreDocument.class);
    }

    public List<ScoreDocument> ofGroupWeek(String groupId, String weekStart) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId).and("weekStart").is(weekStart)), ScoreDocument.class);
    }
}
