package cn.dualprevention.exchange.delivery.domain;

/** Where a resync request (全量重传请求) stands: queued, being planned, done, or failed. */
public enum ResyncState {
    /** Stored; no page planned yet. */
    QUEUED,
    /** Some pages planned; continues from its cursor. */
    RUNNING,
    /** Every record of the enterprise planned for the receiver (the delivery loop sends them). */
    DONE,
    /** Stopped: the receiver was disabled or removed meanwhile. */
    FAILED;

    public boolean open() {
        return this == QUEUED || this == RUNNING;
    }
}
