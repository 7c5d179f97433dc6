package cn.dualprevention.inspection.record.domain;

/** 排查结果 — normal, hazard found, not inspected (a missed cycle, never sent by a phone) or other. */
public enum CheckStatus {
    NORMAL, HAZARD_FOUND, NOT_INSPECTED, OTHER
}
