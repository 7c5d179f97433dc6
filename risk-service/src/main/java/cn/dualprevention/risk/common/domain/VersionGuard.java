package cn.dualprevention.risk.common.domain;

import cn.dualprevention.platform.errors.ConcurrentChangeException;

/**
 * The optimistic lock as a client sees it: a change or delete may name the {@code version} it was made from; if
 * someone changed the object since, the request is refused (409 {@code concurrent-change}) instead of silently
 * overwriting their change. Without a version the store's own version check still guards the write.
 */
public final class VersionGuard {

    private VersionGuard() {
    }

    public static void expect(String kind, String id, long stored, Long expected) {
        if (expected != null && expected != stored) {
            throw new ConcurrentChangeException(kind, id + " (version " + expected + " was read, it is now " + stored + ")");
        }
    }
}
