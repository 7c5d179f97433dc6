package cn.dualprevention.risk.riskunit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code PUT /api/v1/risk-units/{id}}: the unit's master data (its level comes from assessments). */
public record RiskUnitUpdateRequest(
        @Schema(description = "the risk analysis object the unit belongs to; optional") String riskObjectId,
        @Schema(example = "410100001001") @NotBlank String hazardCode,
        @Schema(example = "LNG储罐区1#储罐") @NotBlank String name,
        @Schema(example = "储运部") @NotBlank String responsibleDepartment,
        @Schema(example = "d-storage") String responsibleDepartmentId,
        @Schema(example = "张伟") @NotBlank String responsiblePerson,
        @Schema(example = "p-zhang-wei") String responsiblePersonId,
        @Schema(example = "113.7512") Double longitude,
        @Schema(example = "34.7226") Double latitude) {
}
