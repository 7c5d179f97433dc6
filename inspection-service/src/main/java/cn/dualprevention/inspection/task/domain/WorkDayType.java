package cn.dualprevention.inspection.task.domain;

/** 工作日类型 — on which days hourly and daily checks run: every day, statutory working days, non-working days. */
public enum WorkDayType {
    EVERY_DAY, WORKING_DAYS, NON_WORKING_DAYS
}
