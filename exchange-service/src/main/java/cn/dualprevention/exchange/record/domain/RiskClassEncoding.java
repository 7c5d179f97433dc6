package cn.dualprevention.exchange.record.domain;

import java.util.Map;

/**
 * How a receiver encodes the risk level in {@code riskClass}. Receivers differ (1 重大 … 4 低, 0 重大 … 3 低,
 * 0 低 … 3 重大); the default is the specification's own 1..4.
 */
public record RiskClassEncoding(Map<String, String> codes) {

    public static final RiskClassEncoding DEFAULT = new RiskClassEncoding(
            Map.of("MAJOR", "1", "CONSIDERABLE", "2", "GENERAL", "3", "LOW", "4"));

    public RiskClassEncoding {
        codes = Map.copyOf(codes);
    }

    /** The receiver's code for a level such as {@code MAJOR}, or null for an unknown level. */
    public String code(String level) {
        return level == null ? null : codes.get(level);
    }
}
