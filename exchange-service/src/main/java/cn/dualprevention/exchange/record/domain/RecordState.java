package cn.dualprevention.exchange.record.domain;

/** Where a record stands: sent on the regulator stream, or held back with its reasons. */
public enum RecordState {
    /** 已发送 — its latest version was published on the regulator stream. */
    SENT,
    /** 暂扣 — it would break the specification or its parent is not out yet; a person can see why. */
    HELD
}
