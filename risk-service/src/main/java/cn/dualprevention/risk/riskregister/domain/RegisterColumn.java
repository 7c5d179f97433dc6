package cn.dualprevention.risk.riskregister.domain;

/** 风险清单的列 — the columns of the risk register sheet, in order (A, B, …), with the headers safety departments use. */
public enum RegisterColumn {
    HAZARD_CODE("风险分析对象编码"),
    UNIT_NAME("风险分析单元"),
    DEPARTMENT("责任部门"),
    PERSON("责任人"),
    LONGITUDE("经度"),
    LATITUDE("纬度"),
    EVENT_NAME("风险事件"),
    CONSEQUENCE("可能后果"),
    METHOD("评价方法"),
    FACTORS("评价因素"),
    LEVEL("风险等级"),
    DIRECT_RULE("直接判定依据"),
    MEASURE("管控措施"),
    CLASSIFY1("措施分类1"),
    CLASSIFY2("措施分类2"),
    CLASSIFY3("措施分类3"),
    CONTROL_MODE("管控方式"),
    TROUBLESHOOT_CONTENT("排查内容"),
    CONTROL_LEVEL("管控层级");

    private final String header;

    RegisterColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    /** The spreadsheet column letter: A for the first. */
    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }
}
