package cn.dualprevention.inspection.record.web;

import java.util.List;

/** The answer to an offline batch: counts and one outcome per item, in the order sent. */
public record BatchResponse(int accepted, int duplicate, int rejected, List<OutcomeResponse> results) {
}
