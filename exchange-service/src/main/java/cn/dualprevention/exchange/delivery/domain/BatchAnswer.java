package cn.dualprevention.exchange.delivery.domain;

import java.util.Map;

/**
 * What a receiver answered to one batch, classified: per-record results, a batch id for a later receipt, a
 * batch refused because of some bad records (nothing stored), or a failure of the whole exchange — credentials or
 * settings (stop and alert a person) or a fault of the receiver (retry later). Never a failure dressed as success.
 */
public sealed interface BatchAnswer {

    /** Per record id: accepted, or rejected with the receiver's message. Records not named were not answered. */
    record PerRecord(Map<String, RecordResult> results) implements BatchAnswer {
    }

    /** Asynchronous acknowledgement: the results come later with this batch id. */
    record Receipt(String batchId) implements BatchAnswer {
    }

    /** The receiver refused the whole batch because of these records (id → the rule they violate). */
    record BatchRefused(Map<String, String> badRecords, String message) implements BatchAnswer {
    }

    /** The receiver names a record problem without naming the record: the batch is split to find it. */
    record UnnamedRecordProblem(String message) implements BatchAnswer {
    }

    /** Credentials or settings refused (login failed, envelope not decryptable): stop and alert. */
    record Refused(String message) implements BatchAnswer {
    }

    /** The receiver is down, slow or failing: retry later. */
    record Fault(String message) implements BatchAnswer {
    }

    /** The receiver's result for one record. */
    record RecordResult(boolean accepted, String message) {
    }
}
