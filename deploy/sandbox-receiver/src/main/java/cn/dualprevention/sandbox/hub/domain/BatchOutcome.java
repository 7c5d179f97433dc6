package cn.dualprevention.sandbox.hub.domain;

import java.util.List;

/**
 * What became of one uploaded batch.
 *
 * @param wholeBatchRejected true when the profile rejects whole batches and one record was bad: nothing stored
 */
public record BatchOutcome(String batchId, List<RecordResult> results, boolean wholeBatchRejected) {

    public BatchOutcome {
        results = List.copyOf(results);
    }

    public long accepted() {
        return results.stream().filter(RecordResult::success).count();
    }

    public long rejected() {
        return results.size() - accepted();
    }
}
