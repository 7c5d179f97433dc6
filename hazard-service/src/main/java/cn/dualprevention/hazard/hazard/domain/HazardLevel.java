package cn.dualprevention.hazard.hazard.domain;

/** 隐患等级 — dangerLevel: 0 general 一般隐患, 1 major 重大隐患. */
public enum HazardLevel implements NationalCode {
    /** 一般隐患 */
    GENERAL("0", "一般隐患"),
    /** 重大隐患 */
    MAJOR("1", "重大隐患");

    private final Label label;

    HazardLevel(String code, String chineseName) {
        this.label = new Label(code, chineseName);
    }

    @Override
    public Label label() {
        return label;
    }
}
