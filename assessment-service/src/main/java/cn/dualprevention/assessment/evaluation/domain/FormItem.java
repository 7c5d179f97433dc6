package cn.dualprevention.assessment.evaluation.domain;

/**
 * One line of annex 1 of seed 003 (企业安全生产风险管控与隐患排查治理双重预防机制效能评估信息表).
 *
 * @param computation how the system fills it from its own data; null for an item an assessor scores
 */
public record FormItem(String code, String area, int areaPoints, String name, int points, Computation computation) {

    /** The items the system can compute, and from what. */
    public enum Computation {
        /** 风险点确定: units with at least one risk event ÷ units. */
        RISK_POINTS,
        /** 危险源辨识分析研判: risk events identified — units with an assessed risk event ÷ units. */
        HAZARD_IDENTIFICATION,
        /** 风险评价分级: risk events assessed (graded) ÷ risk events. */
        RISK_GRADING,
        /** 风险管控: units with control measures ÷ units. */
        RISK_CONTROL,
        /** 隐患排查实施: task cycles with a check ÷ task cycles due over the year. */
        INSPECTION_DONE,
        /** 一般事故隐患治理: general hazards accepted ÷ general hazards needing remediation. */
        GENERAL_REMEDIATION,
        /** 重大事故隐患治理: major hazards accepted ÷ major hazards needing remediation. */
        MAJOR_REMEDIATION,
        /** 信息系统应用: weeks of the period with checks uploaded ÷ weeks of the period (只建不用). */
        SYSTEM_USE
    }
}
