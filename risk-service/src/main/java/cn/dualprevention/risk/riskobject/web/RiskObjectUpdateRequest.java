package cn.dualprevention.risk.riskobject.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code PUT /api/v1/risk-objects/{id}}: the whole object as it should be now. */
public record RiskObjectUpdateRequest(
        @Schema(description = "the version the change was made from; a newer stored version is a 409 concurrent-change",
                example = "1") Long version,
        @Schema(description = "cannot change while units belong to the object (409 hazard-code-in-use)",
                example = "410100001001") @NotBlank String hazardCode,
        @Schema(example = "LNG储罐区重大危险源") @NotBlank String name,
        @Schema(description = "是否重大危险源", example = "true") boolean majorHazardSource,
        @Schema(description = "重大危险源等级 一级–四级 as 1–4", example = "1") Integer majorHazardGrade,
        @Schema(description = "包保 main responsible person (主要负责人)", example = "p-zhang-wei") String mainResponsiblePersonId,
        @Schema(description = "包保 technical responsible person (技术负责人)", example = "p-li-na") String technicalResponsiblePersonId,
        @Schema(description = "包保 operational responsible person (操作负责人)", example = "p-wang-qiang") String operationalResponsiblePersonId) {
}
