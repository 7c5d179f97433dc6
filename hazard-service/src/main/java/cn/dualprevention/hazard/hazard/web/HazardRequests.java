package cn.dualprevention.hazard.hazard.web;

import cn.dualprevention.hazard.hazard.domain.HazardLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/** Bodies of the hazard endpoints. Codes are the national ones of the {@code hiddenDanger} layout. */
final class HazardRequests {

    private HazardRequests() {
    }

    /** {@code POST /api/v1/hazards}: register an ad-hoc finding; the caller is the registrant. */
    record Register(
            @NotBlank String enterpriseId,
            @Schema(description = "risk analysis unit the hazard belongs to (optional)") String unitId,
            @Schema(description = "control measure that failed (optional)") String measureId,
            @Schema(description = "hazard name, ≤ 300 wide; derived from the description when absent", example = "LNG储罐区阀门泄漏") String name,
            @Schema(description = "GENERAL 一般 or MAJOR 重大", example = "GENERAL") @NotNull HazardLevel level,
            @Schema(description = "dangerSrc 1–10", example = "1") @NotBlank String source,
            @Schema(description = "hazardDangerType 1–8", example = "7") @NotBlank String hazardType,
            @Schema(description = "1 unsafe act, 2 unsafe condition, 3 management defect", example = "2") String managementClassification,
            @Schema(description = "occurrenceLink 1–10", example = "6") String occurrenceLink,
            @Schema(description = "hazardCategory 0–3 (0 other, 1/2/3 by the main/technical/operational responsible person)", example = "0") String category,
            @Schema(example = "阀门填料处有轻微泄漏") @NotBlank String description,
            String cause,
            @Schema(description = "ids of photos uploaded with POST /api/v1/hazards/photos") List<String> photoIds,
            @Schema(description = "责任人 — required for a MAJOR hazard (reported to the regulator at once)", example = "张伟") String liablePerson,
            @Schema(description = "整改期限 — required for a MAJOR hazard", example = "2026-12-31") LocalDate deadline) {
    }

    /** Confirm: an optional comment. */
    record Confirm(String comment) {
    }

    /** Reject as not a hazard, send back, reopen: with a reason (reopen may set a new deadline). */
    record Reason(@NotBlank String reason, LocalDate deadline) {
    }

    /** 限期整改: the plan; for a major hazard all five (五落实). */
    record Plan(@Schema(description = "the liable person (责任)") @NotBlank String responsibility,
                @Schema(description = "measures (措施)") @NotBlank String measures,
                @Schema(description = "funds (资金)", example = "2万元") String funds,
                @Schema(description = "deadline (时限)", example = "2025-06-30") @NotNull LocalDate deadline,
                @Schema(description = "contingency plan (预案)") String contingencyPlan) {
    }

    /** Submit for acceptance, or fix on the spot (即查即改): what was done and after-photos. */
    record Rectified(@NotBlank String description, List<String> afterPhotoIds) {
    }

    /** Accept: comment required. */
    record Accept(@NotBlank String comment) {
    }

    /** Request a deadline extension. */
    record ExtensionRequest(@NotNull LocalDate requestedDeadline, @NotBlank String reason) {
    }

    /** Decide the pending extension. */
    record ExtensionDecision(@NotNull Boolean approved, String comment) {
    }
}
