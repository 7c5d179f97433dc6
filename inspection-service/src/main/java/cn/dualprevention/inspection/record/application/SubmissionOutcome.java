package cn.dualprevention.inspection.record.application;

/**
 * The answer to one submitted record: ACCEPTED (with the record's id and flags), DUPLICATE (sent before: the id of
 * the record it made) or REJECTED with field (when the input is at fault), rule and message. {@code replacesRecordId}:
 * the NOT_INSPECTED record an accepted correction supersedes.
 */
public record SubmissionOutcome(String clientId, Result result, String recordId, Boolean late, Boolean locationMismatch,
                                Boolean qrTokenMatched, String field, String rule, String message,
                                String replacesRecordId) {

    public enum Result { ACCEPTED, DUPLICATE, REJECTED }

    static SubmissionOutcome accepted(String clientId, String recordId, boolean late, boolean locationMismatch,
                                      Boolean qrTokenMatched, String replacesRecordId) {
        return new SubmissionOutcome(clientId, Result.ACCEPTED, recordId, late, locationMismatch, qrTokenMatched, null,
                null, null, replacesRecordId);
    }

    static SubmissionOutcome duplicate(String clientId, String recordId) {
        return new SubmissionOutcome(clientId, Result.DUPLICATE, recordId, null, null, null, null, null, null, null);
    }

    static SubmissionOutcome rejected(String clientId, String field, String rule, String message) {
        return new SubmissionOutcome(clientId, Result.REJECTED, null, null, null, null, field, rule, message, null);
    }
}
