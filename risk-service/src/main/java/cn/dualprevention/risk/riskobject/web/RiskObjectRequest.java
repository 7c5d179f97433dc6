package cn.dualprevention.risk.riskobject.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /api/v1/risk-objects}. */
public record RiskObjectRequest(
        @Schema(example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6b") @NotBlank String enterpriseId,
        @Schema(description = "12 digits = companyCode + 3-digit serial for a major hazard source; otherwise free, ≤ 36 wide",
                example = "410100001001") @NotBlank String hazardCode,
        @Schema(example = "LNG储罐区重大危险源") @NotBlank String name,
        @Schema(description = "是否重大危险源", example = "true") boolean majorHazardSource,
        @Schema(description = "重大危险源等级 一级–四级 as 1–4; only for a major hazard source", example = "2") Integer majorHazardGrade,
        @Schema(description = "包保 main responsible person (主要负责人), a person id", example = "p-zhang-wei") String mainResponsiblePersonId,
        @Schema(description = "包保 technical responsible person (技术负责人)", example = "p-li-na") String technicalResponsiblePersonId,
        @Schema(description = "包保 operational responsible person (操作负责人)", example = "p-wang-qiang") String operationalResponsiblePersonId) {
}
