package cn.dualprevention.sandbox.hub.domain;

import java.time.Instant;
import java.util.List;

/** One rejection, as logged for inspection. */
public record RejectedRecord(String profile, RecordType type, String id, String companyCode, String msg,
                             List<Violation> errors, String batchId, Instant at) {
}
