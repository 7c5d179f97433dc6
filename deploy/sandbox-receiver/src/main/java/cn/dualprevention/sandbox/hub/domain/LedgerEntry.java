package cn.dualprevention.sandbox.hub.domain;

import java.time.Instant;
import java.util.Map;

/** The mutable state of one record id in the ledger; guarded by the ledger's lock. */
final class LedgerEntry {

    final String profile;
    final RecordType type;
    final String id;
    String companyCode;
    String owner;
    Map<String, Object> fields;
    boolean deleted;
    long received;
    long accepted;
    long rejected;
    long updates;
    long duplicates;
    Instant firstAcceptedAt;
    Instant lastAcceptedAt;
    String lastMsg;

    LedgerEntry(String profile, RecordType type, String id) {
        this.profile = profile;
        this.type = type;
        this.id = id;
    }

    boolean held() {
        return fields != null;
    }

    HeldRecord snapshot(boolean withFields) {
        return new HeldRecord(profile, type, id, companyCode, owner, held(), deleted, received, accepted, rejected, updates,
                duplicates, firstAcceptedAt, lastAcceptedAt, lastMsg, withFields ? fields : null);
    }
}
