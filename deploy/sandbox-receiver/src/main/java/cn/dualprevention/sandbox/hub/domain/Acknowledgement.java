package cn.dualprevention.sandbox.hub.domain;

/** When the receiver gives its per-record results (回执). */
public enum Acknowledgement {
    /** In the answer to the upload. */
    SYNC,
    /** A batch id at once; results later, fetched or pushed. */
    ASYNC
}
