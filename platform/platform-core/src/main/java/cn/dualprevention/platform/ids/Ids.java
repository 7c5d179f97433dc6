package cn.dualprevention.platform.ids;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Identifiers for aggregates and events: UUIDv7 (time-ordered), so that inserts append to the
 * {@code _id} index instead of rewriting it, and receivers that want a UUID get one.
 */
public final class Ids {

    private Ids() {
    }

    /** A new time-ordered UUID (version 7) in its 36-character form. */
    public static String newId() {
        return UuidCreator.getTimeOrderedEpoch().toString();
    }
}
