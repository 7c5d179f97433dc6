package cn.dualprevention.sandbox.hub.domain;

import java.util.Arrays;
import java.util.Optional;

/** The seven record types of the data-exchange specification, parents first. */
public enum RecordType {
    /** 安全风险分析单元. */
    RISK_UNIT("riskUnit", "risk unit", "安全风险分析单元"),
    /** 停用检修记录. */
    UNIT_STOP("unitStop", "unit stop", "停用检修记录"),
    /** 安全风险事件. */
    RISK_EVENT("riskEvent", "risk event", "安全风险事件"),
    /** 安全风险管控措施. */
    CONTROL_MEASURE("controlMeasure", "control measure", "管控措施"),
    /** 隐患排查任务. */
    CHECK_TASK("checkTask", "check task", "排查任务"),
    /** 隐患排查记录. */
    CHECK_RECORD("checkRecord", "check record", "排查记录"),
    /** 隐患信息. */
    HIDDEN_DANGER("hiddenDanger", "hidden danger", "隐患信息");

    private final String code;
    private final String label;
    private final String chinese;

    RecordType(String code, String label, String chinese) {
        this.code = code;
        this.label = label;
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The name the specification uses ({@code riskUnit}); also the default path. */
    public String code() {
        return code;
    }

    /** In words, for messages ("please upload the control measure first"). */
    public String label() {
        return label;
    }

    /** By its code, ignoring case, '-' and '_' ({@code hiddenDanger}, {@code hidden-danger}, {@code HIDDEN_DANGER}). */
    public static Optional<RecordType> byLooseName(String name) {
        String n = name == null ? "" : name.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.toLowerCase(java.util.Locale.ROOT).equals(n)).findFirst();
    }

    public static Optional<RecordType> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
