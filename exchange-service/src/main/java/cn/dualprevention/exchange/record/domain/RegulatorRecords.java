package cn.dualprevention.exchange.record.domain;

import java.util.List;
import java.util.Optional;

/** Where regulator records are kept, and from where the sendable ones go out to the regulator stream. */
public interface RegulatorRecords {

    Optional<KeptRecord> find(RecordRef ref);

    /**
     * Keeps a record (version 1 inserts, a later version replaces the one before it); a record in state
     * {@link RecordState#SENT} is published on the stream in the same write.
     *
     * @throws RuntimeException when someone else kept another version in between (the event is then retried)
     */
    void keep(KeptRecord record);

    /** True when some version of the record has gone out. */
    boolean wasSent(RecordRef ref);

    /** Held records waiting for {@code parent} to go out. */
    List<KeptRecord> waitingFor(RecordRef parent);

    /** The records of a group matching the filter, newest change first. */
    List<KeptRecord> search(RecordFilter filter);
}
