package cn.dualprevention.risk.assessment.domain;

/** Inherent (固有风险, before measures) or residual (剩余风险, with the measures in place). */
public enum AssessmentKind { INHERENT, RESIDUAL }
