package cn.dualprevention.risk.org.web;

import cn.dualprevention.risk.org.domain.OrgUnitKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Request bodies of {@code /api/v1/org/...}. */
public final class OrgRequests {

    private OrgRequests() {
    }

    /** A plant, area or department. */
    public record OrgUnitRequest(
            @Schema(example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6b") @NotBlank String enterpriseId,
            @Schema(description = "PLANT 厂区, AREA 区域, DEPARTMENT 部门", example = "DEPARTMENT") @NotNull OrgUnitKind kind,
            @Schema(description = "the enclosing plant, area or department; optional") String parentId,
            @Schema(example = "储运部") @NotBlank String name) {
    }

    /** A post of a department. */
    public record PostRequest(
            @Schema(example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6b") @NotBlank String enterpriseId,
            @Schema(description = "the department (an org unit of kind DEPARTMENT)") @NotBlank String departmentId,
            @Schema(example = "储罐操作工") @NotBlank String name) {
    }

    /** A person. */
    public record PersonRequest(
            @Schema(example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6b") @NotBlank String enterpriseId,
            @Schema(example = "张伟") @NotBlank String name,
            @Schema(description = "^1[3-9]\\d{9}$", example = "13812345678") @NotBlank String mobile,
            @Schema(description = "department id") String departmentId,
            @Schema(description = "posts held") List<String> postIds,
            @Schema(description = "PUT only: the version the change was made from; a newer stored version is a 409 "
                    + "concurrent-change", example = "1") Long version) {
    }

    /** New name or parent of a plant, area or department (its kind stays). */
    public record OrgUnitUpdateRequest(
            @Schema(description = "the version the change was made from (optional)", example = "1") Long version,
            @Schema(description = "the enclosing plant, area or department; null for a top-level unit",
                    example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6c") String parentId,
            @Schema(example = "储运车间") @NotBlank String name) {
    }

    /** New name or department of a post. */
    public record PostUpdateRequest(
            @Schema(description = "the version the change was made from (optional)", example = "1") Long version,
            @Schema(description = "the department (an org unit of kind DEPARTMENT)",
                    example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6d") @NotBlank String departmentId,
            @Schema(example = "装卸操作工") @NotBlank String name) {
    }
}
