package cn.dualprevention.sandbox.hub.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A code table of the specification (代码表): code → meaning. */
public record CodeTable(String name, Map<String, String> entries) {

    public static CodeTable of(String name, String... codeMeaningPairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codeMeaningPairs.length; i += 2) {
            m.put(codeMeaningPairs[i], codeMeaningPairs[i + 1]);
        }
        return new CodeTable(name, java.util.Collections.unmodifiableMap(m));
    }

    public boolean contains(String code) {
        return entries.containsKey(code);
    }

    /** "0 normal, 1 hazard found, ..." for messages. */
    public String describe() {
        return entries.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
