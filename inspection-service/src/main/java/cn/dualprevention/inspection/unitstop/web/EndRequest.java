package cn.dualprevention.inspection.unitstop.web;

import java.time.Instant;

/** End a stop early: {@code end} (optional: now). */
public record EndRequest(Instant end) {
}
