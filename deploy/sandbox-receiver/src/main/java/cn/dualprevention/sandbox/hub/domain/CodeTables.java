package cn.dualprevention.sandbox.hub.domain;

import java.util.Map;

/** The code tables of the data-exchange specification. */
public final class CodeTables {

    private CodeTables() {
    }

    public static final CodeTable DELETED = CodeTable.of("deleted", "0", "normal", "1", "deleted");
    public static final CodeTable YES_NO = CodeTable.of("yes/no", "0", "no", "1", "yes");
    /** 管控方式. */
    public static final CodeTable DATA_SRC = CodeTable.of("dataSrc", "1", "自动化监控", "2", "隐患排查");
    /** 管控措施分类1. */
    public static final CodeTable CLASSIFY1 = CodeTable.of("classify1",
            "1", "工程技术", "2", "维护保养", "3", "操作行为", "4", "应急措施");
    /** 管控措施分类2, each under its classify1 (the code before the dash). */
    public static final CodeTable CLASSIFY2 = CodeTable.of("classify2",
            "1-1", "工艺控制", "1-2", "关键设备/部件", "1-3", "安全附件", "1-4", "安全仪表", "1-5", "其他",
            "2-1", "动设备", "2-2", "静设备", "2-3", "其他",
            "3-1", "人员资质", "3-2", "操作记录", "3-3", "交接班", "3-4", "其他",
            "4-1", "应急设施", "4-2", "个体防护", "4-3", "消防设施", "4-4", "应急预案", "4-5", "其他");
    /** 排查周期单位. */
    public static final CodeTable CYCLE_UNIT = CodeTable.of("checkCycleUnit",
            "小时", "hour", "天", "day", "月", "month", "年", "year");
    /** 排查周期单位 at receivers that also take weeks and quarters. */
    public static final CodeTable CYCLE_UNIT_WITH_WEEK_AND_QUARTER = CodeTable.of("checkCycleUnit",
            "小时", "hour", "天", "day", "周", "week", "月", "month", "季度", "quarter", "年", "year");
    /** 工作日类型. */
    public static final CodeTable WORK_DAY_TYPE = CodeTable.of("workDayType",
            "0", "every day", "1", "statutory working days", "2", "non-working days");
    /** 包保责任人类型. */
    public static final CodeTable WORK_TYPE = CodeTable.of("workType",
            "0", "routine", "1", "main responsible person", "2", "technical responsible person",
            "3", "operational responsible person");
    /** Highest 包保 checklist item number per workType. */
    public static final Map<String, Integer> TASK_NUM_MAX = Map.of("1", 9, "2", 9, "3", 10);
    /** 排查结果. */
    public static final CodeTable CHECK_STATUS = CodeTable.of("checkStatus",
            "0", "normal", "1", "hazard found", "2", "not inspected (missed)", "3", "other");
    /** 隐患等级. */
    public static final CodeTable DANGER_LEVEL = CodeTable.of("dangerLevel", "0", "一般", "1", "重大");
    /** 隐患来源. */
    public static final CodeTable DANGER_SRC = CodeTable.of("dangerSrc",
            "1", "日常", "2", "综合性", "3", "专业性", "4", "季节性", "5", "重点时段及节假日前", "6", "事故类比",
            "7", "复产复工前", "8", "外聘专家诊断式", "9", "管控措施失效", "10", "其他");
    /** 隐患治理类型. */
    public static final CodeTable DANGER_MANAGE_TYPE = CodeTable.of("dangerManageType",
            "0", "即查即改", "1", "限期整改");
    /** 隐患类型. */
    public static final CodeTable HAZARD_DANGER_TYPE = CodeTable.of("hazardDangerType",
            "1", "安全", "2", "工艺", "3", "电气", "4", "仪表", "5", "消防", "6", "总图", "7", "设备", "8", "其他");
    /** 隐患类别 (who registered it). */
    public static final CodeTable HAZARD_CATEGORY = CodeTable.of("hazardCategory",
            "0", "other", "1", "main responsible person", "2", "technical responsible person",
            "3", "operational responsible person");
    /** 隐患状态: only these three travel. */
    public static final CodeTable DANGER_STATE = CodeTable.of("dangerState",
            "0", "整改中", "1", "待验收", "9", "已验收");
    /** 管理分类. */
    public static final CodeTable MANAGEMENT_CLASSIFICATION = CodeTable.of("managementClassification",
            "1", "unsafe act", "2", "unsafe condition", "3", "management defect");
    /** 发生环节. */
    public static final CodeTable OCCURRENCE_LINK = CodeTable.of("occurrenceLink",
            "1", "design", "2", "product defect", "3", "storage", "4", "construction", "5", "start-up/shut-down",
            "6", "operation", "7", "maintenance", "8", "repair", "9", "change", "10", "transport");
}
