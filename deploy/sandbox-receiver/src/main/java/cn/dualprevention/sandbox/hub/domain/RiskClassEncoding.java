package cn.dualprevention.sandbox.hub.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a receiver writes the risk level in {@code riskClass} (receivers disagree). */
public enum RiskClassEncoding {
    /** {@code 1 重大, 2 较大, 3 一般, 4 低} — the specification as written. */
    ONE_MAJOR_FIRST(Map.of("1", RiskLevel.MAJOR, "2", RiskLevel.LARGE, "3", RiskLevel.GENERAL, "4", RiskLevel.LOW)),
    /** {@code 0 重大 … 3 低}. */
    ZERO_MAJOR_FIRST(Map.of("0", RiskLevel.MAJOR, "1", RiskLevel.LARGE, "2", RiskLevel.GENERAL, "3", RiskLevel.LOW)),
    /** {@code 0 低 … 3 重大}. */
    ZERO_LOW_FIRST(Map.of("0", RiskLevel.LOW, "1", RiskLevel.GENERAL, "2", RiskLevel.LARGE, "3", RiskLevel.MAJOR));

    private final Map<String, RiskLevel> levels;

    RiskClassEncoding(Map<String, RiskLevel> levels) {
        this.levels = levels;
    }

    public Optional<RiskLevel> level(String code) {
        return Optional.ofNullable(code == null ? null : levels.get(code));
    }

    /** "1 重大, 2 较大, 3 一般, 4 低", for messages. */
    public String describe() {
        Map<String, RiskLevel> sorted = new LinkedHashMap<>();
        levels.keySet().stream().sorted().forEach(k -> sorted.put(k, levels.get(k)));
        return sorted.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().chinese())
                .collect(Collectors.joining(", "));
    }
}
