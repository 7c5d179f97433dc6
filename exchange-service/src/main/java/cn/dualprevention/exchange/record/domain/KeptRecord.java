package cn.dualprevention.exchange.record.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A regulator record as exchange-service keeps it: the source facts it is built from (so it can be rebuilt
 * when a parent goes out), the latest record, and whether it is out on the stream or held, and why.
 *
 * @param version       this document's own version (optimistic locking)
 * @param sourceVersion the source aggregate's version the record reflects; older events are ignored
 * @param sourceType    the latest source event type applied
 * @param waitingFor    keys of the parent records not sent yet, and {@link #enterpriseWaitKey} while the enterprise's
 *                      identity is not usable (not known yet, or its codes break the specification)
 * @param sentOnce      true once any version went out (the receiver knows the record)
 */
public record KeptRecord(RecordRef ref, String groupId, String enterpriseId, long version, long sourceVersion,
                         String sourceType, Facts source, boolean deleted, Instant createdAt, String createdBy,
                         Instant updatedAt, String updatedBy, RecordState state, List<String> holdReasons,
                         List<String> waitingFor, Map<String, Object> fields, boolean sentOnce, Instant keptAt) {

    /** Prefix of {@link #enterpriseWaitKey}; never a record type's name. */
    public static final String ENTERPRISE_WAIT_PREFIX = "enterprise:";

    public KeptRecord {
        holdReasons = List.copyOf(holdReasons);
        waitingFor = List.copyOf(waitingFor);
    }

    /** The key a record waits under while its enterprise is not known (or its identity is not usable) yet. */
    public static String enterpriseWaitKey(String enterpriseId) {
        return ENTERPRISE_WAIT_PREFIX + enterpriseId;
    }

    /** True when the record was held (also) because its enterprise's identity was not usable. */
    public boolean heldForItsEnterprise() {
        return state == RecordState.HELD && (waitingFor.contains(enterpriseWaitKey(enterpriseId))
                || holdReasons.stream().anyMatch(RecordDraft::isIdentityProblem));
    }

    /** The same record as the next version of its document, to be rebuilt (e.g. when a parent went out). */
    public KeptRecord nextVersion() {
        return new KeptRecord(ref, groupId, enterpriseId, version + 1, sourceVersion, sourceType, source, deleted,
                createdAt, createdBy, updatedAt, updatedBy, state, holdReasons, waitingFor, fields, sentOnce, keptAt);
    }

    /** This record rebuilt: sent, or held with its reasons and the parents it waits for. */
    public KeptRecord built(Map<String, Object> newFields, List<String> reasons, List<String> parentsWaitedFor, Instant now) {
        RecordState newState = reasons.isEmpty() ? RecordState.SENT : RecordState.HELD;
        return new KeptRecord(ref, groupId, enterpriseId, version, sourceVersion, sourceType, source, deleted, createdAt,
                createdBy, updatedAt, updatedBy, newState, reasons, parentsWaitedFor, newFields,
                sentOnce || newState == RecordState.SENT, now);
    }
}
