package cn.dualprevention.exchange.record.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A regulator record (field names and values exactly as on the wire, in the specification's order), the
 * rules it breaks and the parent records a receiver must have seen first. A record with problems is
 * held (not sent broken), visible to a person with the reasons, until its source is fixed.
 */
public record BuiltRecord(RecordRef ref, Map<String, Object> fields, List<String> problems, List<RecordRef> parents) {

    public BuiltRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        problems = List.copyOf(problems);
        parents = List.copyOf(parents);
    }

    public boolean sendable() {
        return problems.isEmpty();
    }

    public Object field(String name) {
        return fields.get(name);
    }
}
