package cn.dualprevention.sandbox.hub.domain;

/** Whether one bad record rejects the whole batch. */
public enum BatchMode {
    /** Good records are stored, bad ones answered one by one. */
    PER_RECORD,
    /** One bad record: 400 with the bad records' {@code uuid, msg}, nothing of the batch stored. */
    WHOLE_BATCH
}
