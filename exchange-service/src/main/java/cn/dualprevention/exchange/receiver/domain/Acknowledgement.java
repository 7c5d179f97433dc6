package cn.dualprevention.exchange.receiver.domain;

/** How an http-batch receiver answers: per-record results at once, or a batch id now and a receipt later. */
public enum Acknowledgement {
    /** 同步回执 — the answer carries a result per record. */
    SYNC,
    /** 异步回执 — the answer carries a batch id; the per-record results are posted later to our receipt endpoint. */
    ASYNC
}
