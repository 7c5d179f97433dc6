package cn.dualprevention.exchange.record.domain;

import java.util.Optional;

/** Reads a field of another kept record (e.g. a unit stop takes its unit's {@code hazardCode}). */
@FunctionalInterface
public interface RecordLookup {

    RecordLookup NONE = (ref, field) -> Optional.empty();

    Optional<Object> field(RecordRef ref, String field);

    /**
     * The id a record is kept under when a source service names it by another id (a correction's own id names the
     * checkRecord of the missed record it replaces); the id itself otherwise.
     */
    default String keptId(RecordRef ref) {
        return ref.id();
    }
}
