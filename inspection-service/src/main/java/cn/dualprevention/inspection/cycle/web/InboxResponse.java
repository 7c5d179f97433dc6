package cn.dualprevention.inspection.cycle.web;

import java.util.List;

/** Body of {@code GET /api/v1/me/inbox}. */
public record InboxResponse(List<CycleResponse> dueNow, List<CycleResponse> upcoming, List<CycleResponse> overdue) {
}
