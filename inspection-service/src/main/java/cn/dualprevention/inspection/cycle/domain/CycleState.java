package cn.dualprevention.inspection.cycle.domain;

/**
 * OPEN until a record closes it (DONE), the window passes without one (MISSED), or its unit was stopped (SUSPENDED).
 * A cycle not yet started is CANCELLED when its task's schedule changes or the task is retired (kept for history).
 * A MISSED cycle becomes DONE when a phone's record arrives inside the offline grace (a correction).
 */
public enum CycleState {
    OPEN, DONE, MISSED, SUSPENDED, CANCELLED
}
