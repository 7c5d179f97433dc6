package cn.dualprevention.risk.riskevent.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code PUT /api/v1/risk-events/{id}}: a risk event stays with its unit. */
public record RiskEventUpdateRequest(
        @Schema(description = "the version the change was made from; a newer stored version is a 409 concurrent-change",
                example = "2") Long version,
        @Schema(description = "风险事件名称, ≤ 500 wide", example = "储罐超压泄漏引发火灾爆炸") @NotBlank String name,
        @Schema(description = "可能后果", example = "人员伤亡、储罐区火灾、周边企业受影响") String consequence) {
}
