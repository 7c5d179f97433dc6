package cn.dualprevention.deploy.simulator;

/** What the simulator has an inspector do with a cycle. */
public enum Outcome {
    /** checked inside the window, all in order (正常). */
    ON_TIME,
    /** checked after the window closed (超期补检). */
    LATE,
    /** checked inside the window, a hazard found (发现隐患). */
    HAZARD,
    /** left undone: inspection-service marks it missed, a "not inspected" record (超期未排查). */
    MISSED,
    /** ticked off "for show": in a burst at the very end of the window, from the control room, the same photo (两张皮). */
    FOR_SHOW,
    /** the window outlives the simulated days and it is not done yet: neither done nor missed within the simulation. */
    NOT_YET
}
