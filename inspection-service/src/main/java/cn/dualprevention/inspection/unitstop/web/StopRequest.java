package cn.dualprevention.inspection.unitstop.web;

import java.time.Instant;

/** Stop a unit: {@code start}, {@code end} (optional: until ended), {@code reason} (≤ 500). */
public record StopRequest(String unitId, Instant start, Instant end, String reason) {
}
