package cn.dualprevention.inspection.record.domain;

/**
 * Why a submitted record is not accepted. Each item of an offline batch is answered by itself with its rule; a single
 * submission turns it into the matching problem (bad input 400, unknown cycle 404, a rule of the cycle 409).
 *
 * @param field the input field at fault, or null when a rule of the cycle is broken
 */
public record Rejection(String field, String rule, String message) {

    public static final String UNKNOWN_CYCLE = "unknown-cycle";
    public static final String NOT_ASSIGNED = "not-assigned";
    public static final String CYCLE_CLOSED = "cycle-closed";
    public static final String CYCLE_SUSPENDED = "cycle-suspended";
    public static final String CYCLE_CANCELLED = "cycle-cancelled";
    public static final String OFFLINE_GRACE_EXPIRED = "offline-grace-expired";

    public static Rejection input(String field, String rule, String message) {
        return new Rejection(field, rule, message);
    }

    public static Rejection rule(String rule, String message) {
        return new Rejection(null, rule, message);
    }

    public boolean isInput() {
        return field != null;
    }

    public boolean isUnknownCycle() {
        return UNKNOWN_CYCLE.equals(rule);
    }
}
