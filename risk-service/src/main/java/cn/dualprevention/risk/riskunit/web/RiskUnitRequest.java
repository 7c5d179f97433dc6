package cn.dualprevention.risk.riskunit.web;

import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/v1/risk-units}. */
public record RiskUnitRequest(
        @Schema(description = "the enterprise the unit belongs to") @NotBlank String enterpriseId,
        @Schema(description = "the risk analysis object (e.g. major hazard source) the unit belongs to; optional")
        String riskObjectId,
        @Schema(description = "the plant or area (org unit of kind PLANT or AREA) the unit lies in; its map is drawn per plant",
                example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6e") String plantId,
        @Schema(description = "risk analysis object code; 12 digits (companyCode + serial) for a major hazard source",
                example = "410100001001") @NotBlank String hazardCode,
        @Schema(description = "unit name, at most 200 wide (a Chinese character counts as two)", example = "LNG储罐区")
        @NotBlank String name,
        @Schema(description = "responsible department, at most 200 wide", example = "储运部") @NotBlank String responsibleDepartment,
        @Schema(description = "id of the responsible department in the organisation; optional", example = "d-storage")
        String responsibleDepartmentId,
        @Schema(description = "responsible person, at most 20 wide", example = "张伟") @NotBlank String responsiblePerson,
        @Schema(description = "person id of the responsible person; optional", example = "p-zhang-wei") String responsiblePersonId,
        @Schema(description = "MAJOR 重大 (red), CONSIDERABLE 较大 (orange), GENERAL 一般 (yellow), LOW 低 (blue)",
                example = "MAJOR") @NotNull RiskLevel riskLevel,
        @Schema(example = "113.7512") Double longitude,
        @Schema(example = "34.7226") Double latitude,
        @Schema(description = "GeoJSON Point or Polygon of the unit; optional (longitude / latitude alone make a point)")
        GeometryRequest geometry) {
}
