package cn.dualprevention.inspection.cycle.application;

import cn.dualprevention.inspection.cycle.domain.InspectionCycle;

import java.util.List;

/** 我的待办 — a person's cycles: due now, upcoming (next 24 hours), overdue (ended, not yet recorded). */
public record Inbox(List<InspectionCycle> dueNow, List<InspectionCycle> upcoming, List<InspectionCycle> overdue) {
}
