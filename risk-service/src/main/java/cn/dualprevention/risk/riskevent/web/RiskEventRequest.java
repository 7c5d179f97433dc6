package cn.dualprevention.risk.riskevent.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /api/v1/risk-events}. */
public record RiskEventRequest(
        @Schema(description = "the risk analysis unit", example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6b") @NotBlank String unitId,
        @Schema(description = "风险事件名称, ≤ 500 wide", example = "储罐超压泄漏引发火灾爆炸") @NotBlank String name,
        @Schema(description = "可能后果", example = "人员伤亡、储罐区火灾") String consequence) {
}
