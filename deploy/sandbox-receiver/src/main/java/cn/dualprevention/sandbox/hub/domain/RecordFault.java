package cn.dualprevention.sandbox.hub.domain;

import java.util.Optional;

/** A switched-on fault that rejects some records regardless of their content (e.g. every Nth). */
@FunctionalInterface
public interface RecordFault {

    RecordFault NONE = () -> Optional.empty();

    /** Called once per record received: the message when this one is to be rejected. */
    Optional<String> rejectThis();
}
