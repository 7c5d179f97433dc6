package cn.dualprevention.sandbox.hub.domain;

/** Risk level 风险等级, with the colour of the four-colour map. */
public enum RiskLevel {
    /** 重大风险, red. */
    MAJOR("重大", "#FE0001"),
    /** 较大风险, orange. */
    LARGE("较大", "#FFBF01"),
    /** 一般风险, yellow. */
    GENERAL("一般", "#FFFF02"),
    /** 低风险, blue. */
    LOW("低", "#2DAFF9");

    private final String chinese;
    private final String colour;

    RiskLevel(String chinese, String colour) {
        this.chinese = chinese;
        this.colour = colour;
    }

    public String chinese() {
        return chinese;
    }

    public String colour() {
        return colour;
    }
}
