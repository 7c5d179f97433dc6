package cn.dualprevention.sandbox.hub.application;

import cn.dualprevention.sandbox.hub.domain.BatchOutcome;
import cn.dualprevention.sandbox.hub.domain.RecordType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One uploaded batch: pending (asynchronous receipts) until processed, then done with its outcome. */
public final class Batch {

    public enum State { PENDING, DONE }

    private final String batchId;
    private final String profile;
    private final RecordType type;
    private final String account;
    private final int size;
    private final Instant receivedAt;
    private final Instant dueAt;
    private List<Map<String, Object>> records;
    private BatchOutcome outcome;

    Batch(String batchId, String profile, RecordType type, String account, List<Map<String, Object>> records,
          Instant receivedAt, Instant dueAt) {
        this.batchId = batchId;
        this.profile = profile;
        this.type = type;
        this.account = account;
        this.size = records.size();
        this.records = records;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
    }

    public String batchId() {
        return batchId;
    }

    public String profile() {
        return profile;
    }

    public RecordType type() {
        return type;
    }

    public String account() {
        return account;
    }

    public int size() {
        return size;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    synchronized List<Map<String, Object>> records() {
        return records;
    }

    public synchronized State state() {
        return outcome == null ? State.PENDING : State.DONE;
    }

    public synchronized BatchOutcome outcome() {
        return outcome;
    }

    synchronized void done(BatchOutcome outcome) {
        this.outcome = outcome;
        this.records = null;
    }
}
