package cn.dualprevention.hazard.hazard.domain;

/** 治理方式 — dangerManageType: 0 fix on the spot 即查即改, 1 fix by deadline 限期整改. */
public enum ManageType implements NationalCode {
    /** 即查即改 */
    ON_THE_SPOT("0", "即查即改"),
    /** 限期整改 */
    BY_DEADLINE("1", "限期整改");

    private final Label label;

    ManageType(String code, String chineseName) {
        this.label = new Label(code, chineseName);
    }

    @Override
    public Label label() {
        return label;
    }
}
