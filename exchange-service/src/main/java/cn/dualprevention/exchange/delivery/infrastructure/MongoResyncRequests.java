package cn.dualprevention.exchange.delivery.infrastructure;

import cn.dualprevention.exchange.delivery.domain.ResyncRequest;
import cn.dualprevention.exchange.delivery.domain.ResyncRequestRepository;
import cn.dualprevention.exchange.delivery.domain.ResyncState;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Resync requests in {@code resync_requests} (a small collection: a few requests per receiver). Open requests are
 * looked up by receiver and state, in the order they were made (index {@code {receiverId, state, requestedAt}}).
 */
@Repository
class MongoResyncRequests implements ResyncRequestRepository {

    static final String COLLECTION = "resync_requests";
    private static final List<String> OPEN = List.of(ResyncState.QUEUED.name(), ResyncState.RUNNING.name());

    private final MongoTemplate mongo;

    MongoResyncRequests(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("receiverId", Sort.Direction.ASC).on("state", Sort.Direction.ASC)
                .on("requestedAt", Sort.Direction.ASC).named("receiver_state_requested"));
    }

    @Override
    public boolean insert(ResyncRequest request) {
        try {
            mongo.insert(toDocument(request), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean updateOpen(ResyncRequest request) {
        Update update = new Update();
        toDocument(request).forEach((field, value) -> {
            if (!"_id".equals(field)) {
                update.set(field, value);
            }
        });
        Query query = Query.query(Criteria.where("_id").is(request.id()).and("state").in(OPEN));
        return mongo.updateFirst(query, update, COLLECTION).getMatchedCount() > 0;
    }

    @Override
    public Optional<ResyncRequest> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(MongoResyncRequests::toRequest);
    }

    @Override
    public List<ResyncRequest> open(String receiverId) {
        Query query = Query.query(openOf(receiverId)).with(Sort.by("requestedAt", "_id"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoResyncRequests::toRequest).toList();
    }

    @Override
    public boolean anyOpen(String receiverId) {
        return mongo.exists(Query.query(openOf(receiverId)), COLLECTION);
    }

    @Override
    public List<ResyncRequest> recent(String receiverId, int limit) {
        Query query = Query.query(Criteria.where("receiverId").is(receiverId))
                .with(Sort.by(Sort.Direction.DESC, "requestedAt", "_id")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoResyncRequests::toRequest).toList();
    }

    @Override
    public void deleteOfReceiver(String receiverId) {
        mongo.remove(Query.query(Criteria.where("receiverId").is(receiverId)), COLLECTION);
    }

    private static Criteria openOf(String receiverId) {
        return Criteria.where("receiverId").is(receiverId).and("state").in(OPEN);
    }

    private static Document toDocument(ResyncRequest r) {
        return new Document("_id", r.id()).append("receiverId", r.receiverId()).append("groupId", r.groupId())
                .append("enterpriseId", r.enterpriseId()).append("force", r.force()).append("state", r.state().name())
                .append("requestedBy", r.requestedBy()).append("requestedAt", date(r.requestedAt()))
                .append("startedAt", date(r.startedAt())).append("finishedAt", date(r.finishedAt()))
                .append("planned", r.planned()).append("cursor", r.cursor()).append("message", r.message());
    }

    private static ResyncRequest toRequest(Document d) {
        Number planned = d.get("planned", Number.class);
        return new ResyncRequest(d.getString("_id"), d.getString("receiverId"), d.getString("groupId"), d.getString("enterpriseId"),
                Boolean.TRUE.equals(d.getBoolean("force")), ResyncState.valueOf(d.getString("state")), d.getString("requestedBy"),
                instant(d.getDate("requestedAt")), instant(d.getDate("startedAt")), instant(d.getDate("finishedAt")),
                planned == null ? 0 : planned.longValue(), d.getString("cursor"), d.getString("message"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
