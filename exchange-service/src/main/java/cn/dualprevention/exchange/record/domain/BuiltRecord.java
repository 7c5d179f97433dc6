package cn.dualprevention.exchange.record.domain;

import java.util.List;

/**
 * A regulator record and the rules it breaks. A record with problems is held (not sent broken),
 * visible to a person with the reasons, until its source is fixed.
 */
public record BuiltRecord<T>(RecordType type, String recordId, T record, List<String> problems) {

    public BuiltRecord {
        problems = List.copyOf(problems);
    }

    public boolean sendable() {
        return problems.isEmpty();
    }
}
