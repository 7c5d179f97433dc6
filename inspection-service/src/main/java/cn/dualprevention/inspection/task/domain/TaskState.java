package cn.dualprevention.inspection.task.domain;

/** A task is active while its measure exists; a deleted measure retires it (kept for history). */
public enum TaskState {
    ACTIVE, RETIRED
}
