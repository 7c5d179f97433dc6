package cn.dualprevention.risk.riskunit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code PUT /api/v1/risk-units/{id}}: the unit's master data (its level comes from assessments). */
public record RiskUnitUpdateRequest(
        @Schema(description = "the version the change was made from; a newer stored version is a 409 concurrent-change",
                example = "1") Long version,
        @Schema(description = "the risk analysis object the unit belongs to; optional") String riskObjectId,
        @Schema(description = "the plant or area the unit lies in; optional", example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6e")
        String plantId,
        @Schema(example = "410100001001") @NotBlank String hazardCode,
        @Schema(example = "LNG储罐区1#储罐") @NotBlank String name,
        @Schema(example = "储运部") @NotBlank String responsibleDepartment,
        @Schema(example = "d-storage") String responsibleDepartmentId,
        @Schema(example = "张伟") @NotBlank String responsiblePerson,
        @Schema(example = "p-zhang-wei") String responsiblePersonId,
        @Schema(example = "113.7512") Double longitude,
        @Schema(example = "34.7226") Double latitude,
        @Schema(description = "GeoJSON Point or Polygon of the unit; optional") GeometryRequest geometry) {
}
