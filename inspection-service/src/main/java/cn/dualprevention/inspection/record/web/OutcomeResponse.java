package cn.dualprevention.inspection.record.web;

/** The answer to one record: result ACCEPTED / DUPLICATE / REJECTED, with the record id or field, rule and message. */
public record OutcomeResponse(String clientId, String result, String recordId, Boolean late, Boolean locationMismatch,
                              Boolean qrTokenMatched, String field, String rule, String message) {
}
