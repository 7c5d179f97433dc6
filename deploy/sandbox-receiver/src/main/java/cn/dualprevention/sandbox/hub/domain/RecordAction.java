package cn.dualprevention.sandbox.hub.domain;

/** What the receiver did with one record of a batch. */
public enum RecordAction {
    /** Stored; the id was new. */
    INSERTED,
    /** Stored over an earlier accepted version (upsert by id). */
    UPDATED,
    /** Not stored; the message says why. */
    REJECTED
}
