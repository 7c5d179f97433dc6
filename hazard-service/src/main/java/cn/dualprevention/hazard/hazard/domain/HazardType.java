package cn.dualprevention.hazard.hazard.domain;

/** 隐患类型 — hazardDangerType (1–8). */
public enum HazardType implements NationalCode {
    /** 安全 */
    SAFETY("1", "安全"),
    /** 工艺 */
    PROCESS("2", "工艺"),
    /** 电气 */
    ELECTRICAL("3", "电气"),
    /** 仪表 */
    INSTRUMENT("4", "仪表"),
    /** 消防 */
    FIRE("5", "消防"),
    /** 总图 */
    LAYOUT("6", "总图"),
    /** 设备 */
    EQUIPMENT("7", "设备"),
    /** 其他 */
    OTHER("8", "其他");

    private final Label label;

    HazardType(String code, String chineseName) {
        this.label = new Label(code, chineseName);
    }

    @Override
    public Label label() {
        return label;
    }
}
