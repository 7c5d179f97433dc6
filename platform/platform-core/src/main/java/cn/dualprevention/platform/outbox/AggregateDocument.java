package cn.dualprevention.platform.outbox;

/**
 * A MongoDB document that is the state of one aggregate. {@code version} starts at 1 and grows by one
 * with every change; the platform uses it for optimistic locking and stamps it on every event.
 */
public interface AggregateDocument {

    String id();

    long version();
}
