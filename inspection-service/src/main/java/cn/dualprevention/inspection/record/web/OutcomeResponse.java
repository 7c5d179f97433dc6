package cn.dualprevention.inspection.record.web;

/**
 * The answer to one record: result ACCEPTED / DUPLICATE / REJECTED, with the record id or field, rule and message;
 * {@code replacesRecordId} when an accepted record corrects the NOT_INSPECTED record of a cycle marked missed.
 */
public record OutcomeResponse(String clientId, String result, String recordId, Boolean late, Boolean locationMismatch,
                              Boolean qrTokenMatched, String field, String rule, String message,
                              String replacesRecordId) {
}
