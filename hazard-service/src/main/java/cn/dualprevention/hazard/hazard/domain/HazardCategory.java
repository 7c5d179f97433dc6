package cn.dualprevention.hazard.hazard.domain;

/** 隐患类别 — hazardCategory: who registered it (0 other, 1/2/3 the main / technical / operational 包保 responsible person). */
public enum HazardCategory implements NationalCode {
    /** 其他 */
    OTHER("0", "其他"),
    /** 主要负责人登记 */
    MAIN_RESPONSIBLE("1", "主要负责人登记"),
    /** 技术负责人登记 */
    TECHNICAL_RESPONSIBLE("2", "技术负责人登记"),
    /** 操作负责人登记 */
    OPERATIONAL_RESPONSIBLE("3", "操作负责人登记");

    private final Label label;

    HazardCategory(String code, String chineseName) {
        this.label = new Label(code, chineseName);
    }

    @Override
    public Label label() {
        return label;
    }
}
