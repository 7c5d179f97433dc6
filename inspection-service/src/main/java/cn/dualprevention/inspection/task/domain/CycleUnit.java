package cn.dualprevention.inspection.task.domain;

/** 排查周期单位 — unit of an inspection cycle (小时 / 天 / 周 / 月 / 季度 / 年). */
public enum CycleUnit {
    HOUR, DAY, WEEK, MONTH, QUARTER, YEAR
}
