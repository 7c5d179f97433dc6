package cn.dualprevention.exchange.delivery.infrastructure;

import cn.dualprevention.exchange.delivery.domain.BatchAnswer;
import cn.dualprevention.exchange.receiver.domain.Acknowledgement;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a hub's answer ({@code {"code", "error", "msg", "batchId", "data"}}) and classifies it, as the
 * specification asks: per-record results; a batch id (asynchronous); a whole batch refused with
 * {@code [{uuid, msg}]} (record problems: isolate them); credentials or settings refused (401, 421, a body the
 * hub cannot decrypt or read, an unknown path, a batch over its size: stop and alert); anything else — 5xx,
 * 429, an answer that cannot be read — a fault of the receiver (retry later). A 200 whose records carry no
 * result is never taken for acceptance.
 */
final class HubAnswers {

    /** Errors that mean our settings are wrong, whatever the status. */
    private static final Set<String> SETTINGS_ERRORS = Set.of("LOGIN_FAILED", "DECRYPT_FAILED", "BAD_ENVELOPE",
            "UNKNOWN_PATH", "BATCH_TOO_LARGE");
    /** Errors that name a record problem (a type or date-format mismatch) without naming the record. */
    private static final Set<String> RECORD_ERRORS = Set.of("TYPE_MISMATCH", "DATE_FORMAT", "FORMAT_ERROR");

    private HubAnswers() {
    }

    static BatchAnswer classify(int status, JsonNode body, Acknowledgement acknowledgement) {
        String error = text(body, "error");
        String message = describe(status, body);
        if (status == 401 || status == 403 || status == 421 || error != null && SETTINGS_ERRORS.contains(error)) {
            return new BatchAnswer.Refused(message);
        }
        if (error != null && RECORD_ERRORS.contains(error)) {
            return new BatchAnswer.UnnamedRecordProblem(message);
        }
        if (status == 400 && body != null && body.path("data").isArray()) {
            Map<String, String> bad = new LinkedHashMap<>();
            for (JsonNode item : body.path("data")) {
                String id = item.hasNonNull("uuid") ? item.get("uuid").asString() : text(item, "id");
                if (id != null) {
                    bad.put(id, text(item, "msg") == null ? "rejected" : text(item, "msg"));
                }
            }
            if (!bad.isEmpty()) {
                return new BatchAnswer.BatchRefused(bad, message);
            }
        }
        if (status == 404) {
            return new BatchAnswer.Refused(message);
        }
        if (status < 200 || status >= 300 || body == null) {
            return new BatchAnswer.Fault(message);
        }
        if (acknowledgement == Acknowledgement.ASYNC) {
            String batchId = text(body, "batchId");
            return batchId == null ? new BatchAnswer.Fault("an asynchronous answer without a batchId: " + message)
                    : new BatchAnswer.Receipt(batchId);
        }
        return perRecord(body.path("data"));
    }

    /** Per-record results ({@code [{id, success, msg}]}), as in an answer or a receipt. */
    static BatchAnswer.PerRecord perRecord(JsonNode data) {
        Map<String, BatchAnswer.RecordResult> results = new LinkedHashMap<>();
        if (data != null && data.isArray()) {
            for (JsonNode item : data) {
                String id = text(item, "id");
                if (id != null && item.has("success")) {
                    results.put(id, new BatchAnswer.RecordResult(item.get("success").asBoolean(false), text(item, "msg")));
                }
            }
        }
        return new BatchAnswer.PerRecord(results);
    }

    private static String describe(int status, JsonNode body) {
        StringBuilder text = new StringBuilder("HTTP ").append(status);
        String error = text(body, "error");
        String msg = text(body, "msg");
        if (error != null) {
            text.append(' ').append(error);
        }
        if (msg != null) {
            text.append(": ").append(msg.length() > 500 ? msg.substring(0, 500) + "…" : msg);
        }
        return text.toString();
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field)) {
            return null;
        }
        String value = node.get(field).asString();
        return value == null || value.isBlank() ? null : value;
    }
}
