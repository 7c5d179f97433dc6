package cn.dualprevention.exchange.record.domain;

import java.util.Optional;

/** Reads a field of another kept record (e.g. a unit stop takes its unit's {@code hazardCode}). */
@FunctionalInterface
public interface RecordLookup {

    RecordLookup NONE = (ref, field) -> Optional.empty();

    Optional<Object> field(RecordRef ref, String field);
}
