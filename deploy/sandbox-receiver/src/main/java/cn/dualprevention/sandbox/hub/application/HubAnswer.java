package cn.dualprevention.sandbox.hub.application;

import java.util.List;

/**
 * The hub's answer to an upload or receipt request: HTTP status and the JSON body
 * {@code {"code", "error", "msg", "batchId", "state", "data"}}.
 *
 * @param error null on success, else {@code LOGIN_FAILED}, {@code DECRYPT_FAILED}, {@code BAD_ENVELOPE}, ...
 * @param state for receipts: {@code PENDING} or {@code DONE}; else null
 * @param data  per-record results ({@link ResultView}) or, for a rejected whole batch, {@link BatchRejectView}s
 */
public record HubAnswer(int status, String error, String msg, String batchId, String state, List<?> data) {

    static HubAnswer failure(int status, String error, String msg) {
        return new HubAnswer(status, error, msg, null, null, List.of());
    }

    /** The {@code code} of the body: the HTTP status. */
    public int code() {
        return status;
    }
}
