package cn.dualprevention.platform.inbox;

import cn.dualprevention.platform.events.EventEnvelope;

import java.util.Set;

/**
 * Applies events of the given types to this service's own data. The platform's dispatcher calls it at
 * most once per event id (inbox); a handler that writes a read model should still use
 * {@link cn.dualprevention.platform.readmodel.ReadModelWriter} so that even a crash between its write
 * and the inbox mark has no second effect.
 */
public interface EventHandler {

    /** Stable versioned type names, e.g. {@code risk.unit.created.v1}. */
    Set<String> eventTypes();

    void handle(EventEnvelope event);
}
