package cn.dualprevention.exchange.record.domain;

import java.util.List;
import java.util.Optional;

/** Where regulator records are kept (the receivers get them through their deliveries). */
public interface RegulatorRecords {

    Optional<KeptRecord> find(RecordRef ref);

    /**
     * Keeps a record (version 1 inserts, a later version replaces the one before it).
     *
     * @throws RuntimeException when someone else kept another version in between (the event is then retried)
     */
    void keep(KeptRecord record);

    /** The id of the record that a source object with this id took over (a correction's own id), if any. */
    Optional<String> keptIdOfAlias(RecordRef alias);

    /** True when some version of the record has gone out. */
    boolean wasSent(RecordRef ref);

    /** Held records waiting for {@code parent} to go out (and forgets those that no longer wait for it). */
    default List<KeptRecord> waitingFor(RecordRef parent) {
        return waitingFor(parent.key());
    }

    /**
     * Held records waiting under {@code key} — a parent's {@link RecordRef#key()} or an enterprise's
     * {@link KeptRecord#enterpriseWaitKey} — (and forgets those that no longer wait for it).
     */
    List<KeptRecord> waitingFor(String key);

    /** The enterprises some held record waits for (read at start-up: one may have become known meanwhile). */
    List<String> enterprisesWaitedFor();

    /** These records (those that exist), in no particular order. */
    List<KeptRecord> findAll(java.util.Collection<RecordRef> refs);

    /** One page of an enterprise's records in key order, after {@code afterKey} (null: from the start). */
    List<KeptRecord> ofEnterprise(String enterpriseId, String afterKey, int limit);

    /** The records of a group matching the filter, newest change first. */
    List<KeptRecord> search(RecordFilter filter);
}
