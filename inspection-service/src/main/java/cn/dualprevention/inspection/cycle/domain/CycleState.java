package cn.dualprevention.inspection.cycle.domain;

/** OPEN until a record closes it (DONE), the window passes without one (MISSED), or its unit was stopped (SUSPENDED). */
public enum CycleState {
    OPEN, DONE, MISSED, SUSPENDED
}
