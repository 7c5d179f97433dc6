package cn.dualprevention.platform.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One entry of the audit trail (审计记录): who changed what, when, in which tenant, through which request,
 * with the field-level before/after and the outcome. Kept in the owning service's {@code audit} collection.
 *
 * @param action        {@code create}, {@code update}, or {@code refused} (a state-changing request that changed nothing)
 * @param aggregateType the collection of the changed aggregate (null for a refused request)
 * @param version       the aggregate's version after the change
 * @param result        {@code accepted}, or for a refused request its HTTP status and problem type
 */
@Document(AuditEntry.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "aggregate_time", def = "{'aggregateId': 1, 'at': -1}"),
        @CompoundIndex(name = "tenant_time", def = "{'groupId': 1, 'at': -1}")})
public record AuditEntry(@Id String id, Instant at, String service, String actor, String actorName, Set<String> roles,
                         String groupId, String enterpriseId, String method, String path, String requestId,
                         String action, String aggregateType, String aggregateId, Long version,
                         List<FieldChange> changes, String result) {

    public static final String COLLECTION = "audit";
}
