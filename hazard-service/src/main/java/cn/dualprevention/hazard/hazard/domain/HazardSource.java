package cn.dualprevention.hazard.hazard.domain;

/** 隐患来源 — dangerSrc: the kind of inspection that found the hazard (1–10). */
public enum HazardSource implements NationalCode {
    /** 日常排查 */
    ROUTINE("1", "日常排查"),
    /** 综合性排查 */
    COMPREHENSIVE("2", "综合性排查"),
    /** 专业性排查 */
    SPECIALIST("3", "专业性排查"),
    /** 季节性排查 */
    SEASONAL("4", "季节性排查"),
    /** 重点时段及节假日前排查 */
    KEY_PERIOD("5", "重点时段及节假日前排查"),
    /** 事故类比排查 */
    ACCIDENT_ANALOGY("6", "事故类比排查"),
    /** 复产复工前排查 */
    BEFORE_RESTART("7", "复产复工前排查"),
    /** 外聘专家诊断式排查 */
    EXTERNAL_EXPERT("8", "外聘专家诊断式排查"),
    /** 管控措施失效 */
    MEASURE_FAILURE("9", "管控措施失效"),
    /** 其他 */
    OTHER("10", "其他");

    private final Label label;

    HazardSource(String code, String chineseName) {
        this.label = new Label(code, chineseName);
    }

    @Override
    public Label label() {
        return label;
    }
}
