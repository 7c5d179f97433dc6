package cn.dualprevention.inspection.task.domain;

import java.time.Instant;

/** One entry of a task's history: which version, when, what changed and who changed it. */
public record TaskRevision(long version, Instant at, String change, String by) {
}
