package cn.dualprevention.exchange.delivery.domain;

/** Where one record stands at one receiver. */
public enum DeliveryState {
    /** 待发送 — its latest version waits to go out (or for its parent to be accepted, or for the receiver to come back). */
    PENDING,
    /** 已发送 — sent; the receiver's receipt (asynchronous acknowledgement) is still to come. */
    SENT,
    /** 已接收 — the receiver accepted its latest version. */
    ACCEPTED,
    /** 被拒收 — the receiver rejected it, with its message; goes out again when the source is fixed or on request. */
    REJECTED,
    /** 暂扣 — not sent: it would break the specification or this receiver's rules; goes out once the source is fixed. */
    HELD;

    public boolean undelivered() {
        return this == PENDING || this == SENT;
    }
}
