package cn.dualprevention.assessment.warnings.domain;

/** The kinds of warning. The last five are the signs of inspection "for show" (只建不用, 两张皮). */
public enum SignalKind {
    /** The weekly grade fell against the week before. */
    GRADE_DROPPED,
    /** 重大隐患超期: a major hazard open past its deadline. */
    MAJOR_HAZARD_OVERDUE,
    /** A unit's last N due cycles all ended without a check. */
    MISSED_CHECKS_IN_A_ROW,
    /** Task completion over the look-back window below the threshold. */
    TASK_COMPLETION_LOW,
    /** A person's checks follow each other faster than anyone can walk and look. */
    FAST_CHECKS,
    /** Many cycles closed in a burst at the very end of their windows. */
    END_OF_WINDOW_BURST,
    /** Check-ins far from the unit. */
    LOCATION_FAR,
    /** The same photo on different records. */
    SAME_PHOTO,
    /** Very many checks and not a single hazard found. */
    ZERO_HAZARDS
}
