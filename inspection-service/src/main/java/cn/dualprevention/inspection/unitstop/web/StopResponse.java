package cn.dualprevention.inspection.unitstop.web;

import java.time.Instant;

/** A unit stop as the API shows it. */
public record StopResponse(String id, String enterpriseId, String unitId, Instant start, Instant end, String reason,
                           String source) {
}
