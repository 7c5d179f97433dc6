package cn.dualprevention.hazard.hazard.domain;

/** 隐患产生环节 — occurrenceLink (1–10). */
public enum OccurrenceLink implements NationalCode {
    /** 设计 */
    DESIGN("1", "设计"),
    /** 产品缺陷 */
    PRODUCT_DEFECT("2", "产品缺陷"),
    /** 储存 */
    STORAGE("3", "储存"),
    /** 施工 */
    CONSTRUCTION("4", "施工"),
    /** 开停车 */
    START_STOP("5", "开停车"),
    /** 操作 */
    OPERATION("6", "操作"),
    /** 维护 */
    MAINTENANCE("7", "维护"),
    /** 检修 */
    REPAIR("8", "检修"),
    /** 变更 */
    CHANGE("9", "变更"),
    /** 运输 */
    TRANSPORT("10", "运输");

    private final Label label;

    OccurrenceLink(String code, String chineseName) {
        this.label = new Label(code, chineseName);
    }

    @Override
    public Label label() {
        return label;
    }
}
