package cn.dualprevention.risk.assessment.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code PUT /api/v1/enterprises/{id}/risk-thresholds/{method}}: the lower bound of each level's band. */
public record ThresholdsRequest(
        @Schema(description = "lower bound of 重大 (red): '>x' above x, '>=x' from x", example = ">=20") @NotBlank String major,
        @Schema(description = "lower bound of 较大 (orange)", example = ">=9") @NotBlank String considerable,
        @Schema(description = "lower bound of 一般 (yellow); below it is 低 (blue)", example = ">=4") @NotBlank String general) {
}
