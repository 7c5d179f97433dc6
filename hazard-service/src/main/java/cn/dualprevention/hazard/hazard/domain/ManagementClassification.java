package cn.dualprevention.hazard.hazard.domain;

/** 隐患治理类别 — managementClassification (1–3). */
public enum ManagementClassification implements NationalCode {
    /** 人的不安全行为 */
    UNSAFE_ACT("1", "人的不安全行为"),
    /** 物的不安全状态 */
    UNSAFE_CONDITION("2", "物的不安全状态"),
    /** 管理缺陷 */
    MANAGEMENT_DEFECT("3", "管理缺陷");

    private final Label label;

    ManagementClassification(String code, String chineseName) {
        this.label = new Label(code, chineseName);
    }

    @Override
    public Label label() {
        return label;
    }
}
