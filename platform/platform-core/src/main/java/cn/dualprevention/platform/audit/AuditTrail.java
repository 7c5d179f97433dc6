package cn.dualprevention.platform.audit;

import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The audit trail (审计留痕) of one service: every change an HTTP request makes. An accepted change's entry is written into the changed aggregate
 * document itself ({@value #PENDING_FIELD}, in the same single-document write as the change, like the outbox),
 * so no accepted change can lack its entry; right after the write — or, after a crash, by the outbox sweep —
 * it moves to the {@value AuditEntry#COLLECTION} collection (idempotent: the entry id is the key).
 * State-changing requests that changed nothing (refused with 4xx/5xx) get an entry too, with their outcome.
 */
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    public static final String PENDING_FIELD = "auditPending";
    static final String WRITTEN_ATTRIBUTE = AuditTrail.class.getName() + ".written";
    public static final int MAX_RESULTS = 1000;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String service;

    public AuditTrail(MongoTemplate mongo, Clock clock, String service) {
        this.mongo = mongo;
        this.clock = clock;
        this.service = service;
    }

    /**
     * The entry of a change about to be written (as BSON, to be embedded in the aggregate's write), or null when
     * the change is not made by an HTTP request (event handlers and scheduled jobs: their cause is an event or
     * a schedule, traceable on its own, and bulk work stays cheap).
     *
     * @param before the stored state before the change; null when the aggregate is created
     */
    public Document entryFor(String aggregateType, String aggregateId, long version, Document before, Document after,
                             String groupId, String enterpriseId) {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return null;
        }
        markWritten();
        Caller caller = CallerContext.current().orElse(null);
        AuditEntry entry = new AuditEntry(Ids.newId(), clock.instant(), service,
                caller == null ? service : caller.userId(), caller == null ? null : caller.name(),
                caller == null ? Set.of() : caller.roles(),
                groupId != null ? groupId : caller == null ? null : caller.groupId(), enterpriseId,
                request.getMethod(), request.getRequestURI(),
                MDC.get("requestId"), before == null ? "create" : "update", aggregateType, aggregateId, version,
                AuditDiff.between(before, after), "accepted");
        Document bson = new Document();
        mongo.getConverter().write(entry, bson);
        bson.remove("_class");
        return bson;
    }

    /** Whether changes made now get an entry (only within an HTTP request). */
    public boolean isRecording() {
        return currentRequest() != null;
    }

    /** Moves an entry just written with its change into the audit collection. Never throws (the sweep retries). */
    public void moved(String collection, Object documentId, Document entry) {
        try {
            try {
                mongo.insert(entry, AuditEntry.COLLECTION);
            } catch (DuplicateKeyException alreadyMoved) {
                // moved by a sweep in between
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(documentId)),
                    new Update().pull(PENDING_FIELD, Query.query(Criteria.where("_id").is(entry.get("_id")))), collection);
        } catch (RuntimeException e) {
            log.warn("audit entry of {} {} stays pending until the next sweep: {}", collection, documentId, e.toString());
        }
    }

    /** Moves the pending entries of one aggregate document into the audit collection. Never throws. */
    public void flush(String collection, Object documentId) {
        try {
            Query query = Query.query(Criteria.where("_id").is(documentId));
            query.fields().include(PENDING_FIELD);
            Document doc = mongo.findOne(query, Document.class, collection);
            if (doc == null || !(doc.get(PENDING_FIELD) instanceof List<?> pending) || pending.isEmpty()) {
                return;
            }
            List<Object> moved = new ArrayList<>();
            for (Object item : pending) {
                Document entry = (Document) item;
                try {
                    mongo.insert(entry, AuditEntry.COLLECTION);
                } catch (DuplicateKeyException alreadyMoved) {
                    // moved before a crash that left it in the document as well
                }
                moved.add(entry.get("_id"));
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(documentId)),
                    new Update().pull(PENDING_FIELD, Query.query(Criteria.where("_id").in(moved))), collection);
        } catch (RuntimeException e) {
            log.warn("audit entries of {} {} stay pending until the next sweep: {}", collection, documentId, e.toString());
        }
    }

    /** Moves every pending entry of every aggregate collection (after a crash); returns how many documents had some. */
    public int sweep() {
        int found = 0;
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("system.") || collection.equals(AuditEntry.COLLECTION)) {
                continue;
            }
            Query query = Query.query(Criteria.where(PENDING_FIELD + ".0").exists(true));
            query.fields().include("_id");
            for (Document doc : mongo.find(query, Document.class, collection)) {
                flush(collection, doc.get("_id"));
                found++;
            }
        }
        return found;
    }

    /** Records a state-changing request that changed no aggregate (refused or failed), with its outcome. */
    public void recordUnchanged(HttpServletRequest request, int status, String problemType) {
        if (Boolean.TRUE.equals(request.getAttribute(WRITTEN_ATTRIBUTE))) {
            return;
        }
        Caller caller = CallerContext.current().orElse(null);
        if (caller == null) {
            return;
        }
        try {
            mongo.insert(new AuditEntry(Ids.newId(), clock.instant(), service, caller.userId(), caller.name(),
                    caller.roles(), caller.groupId(), null, request.getMethod(), request.getRequestURI(),
                    MDC.get("requestId"), "refused", null, null, null, List.of(),
                    status + (problemType == null ? "" : " " + problemType)), AuditEntry.COLLECTION);
        } catch (RuntimeException e) {
            log.warn("audit entry of a refused {} {} not written: {}", request.getMethod(), request.getRequestURI(), e.toString());
        }
    }

    /**
     * The entries the caller may see (its group; with a limited enterprise scope only those enterprises and
     * group-level entries), newest first.
     */
    public List<AuditEntry> find(Caller caller, String aggregateId, String aggregateType, Instant from, Instant to, int limit) {
        Criteria criteria = Criteria.where("groupId").is(caller.groupId());
        if (!caller.allEnterprises()) {
            List<Object> scope = new ArrayList<>(caller.enterpriseIds());
            scope.add(null);
            criteria = criteria.and("enterpriseId").in(scope);
        }
        if (aggregateId != null && !aggregateId.isBlank()) {
            criteria = criteria.and("aggregateId").is(aggregateId);
        }
        if (aggregateType != null && !aggregateType.isBlank()) {
            criteria = criteria.and("aggregateType").is(aggregateType);
        }
        if (from != null || to != null) {
            Criteria at = Criteria.where("at");
            if (from != null) {
                at = at.gte(from);
            }
            if (to != null) {
                at = at.lt(to);
            }
            criteria = new Criteria().andOperator(criteria, at);
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "at").and(Sort.by(Sort.Direction.DESC, "_id")))
                .limit(Math.min(Math.max(limit, 1), MAX_RESULTS));
        return mongo.find(query, AuditEntry.class, AuditEntry.COLLECTION);
    }

    private static void markWritten() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(WRITTEN_ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest() : null;
    }
}
