package cn.dualprevention.risk.riskunit.domain;

/** 风险等级 — the four national risk levels, highest first, with the four-colour map colours. */
public enum RiskLevel {
    /** 重大风险, red. */
    MAJOR("重大风险", "#FE0001", 4),
    /** 较大风险, orange. */
    CONSIDERABLE("较大风险", "#FFBF01", 3),
    /** 一般风险, yellow. */
    GENERAL("一般风险", "#FFFF02", 2),
    /** 低风险, blue. */
    LOW("低风险", "#2DAFF9", 1);

    private final String chineseName;
    private final String colour;
    private final int severity;

    RiskLevel(String chineseName, String colour, int severity) {
        this.chineseName = chineseName;
        this.colour = colour;
        this.severity = severity;
    }

    public String chineseName() {
        return chineseName;
    }

    public String colour() {
        return colour;
    }

    /** 4 for major down to 1 for low: the higher, the more severe. */
    public int severity() {
        return severity;
    }

    /** The next level up (重大 stays 重大). */
    public RiskLevel oneUp() {
        return switch (this) {
            case LOW -> GENERAL;
            case GENERAL -> CONSIDERABLE;
            default -> MAJOR;
        };
    }

    public RiskLevel higherOf(RiskLevel other) {
        return other == null || severity >= other.severity ? this : other;
    }
}
