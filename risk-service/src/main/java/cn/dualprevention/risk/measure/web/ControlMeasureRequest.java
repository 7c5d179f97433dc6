package cn.dualprevention.risk.measure.web;

import cn.dualprevention.risk.measure.domain.ControlLevel;
import cn.dualprevention.risk.measure.domain.ControlMode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /api/v1/control-measures} and {@code PUT /api/v1/control-measures/{id}}. */
public record ControlMeasureRequest(
        @Schema(example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6b") @NotBlank String riskEventId,
        @Schema(description = "AUTOMATED_MONITORING 自动化监控 or INSPECTION 隐患排查", example = "INSPECTION") ControlMode controlMode,
        @Schema(description = "措施描述, ≤ 4000 wide", example = "储罐设置液位高高联锁，联锁投用率100%") String description,
        @Schema(description = "1 工程技术, 2 维护保养, 3 操作行为, 4 应急措施", example = "1") String classify1,
        @Schema(description = "national sub-code under classify1, e.g. 1-4 安全仪表 only under 1", example = "1-4") String classify2,
        @Schema(description = "free text, ≤ 100 wide", example = "液位联锁") String classify3,
        @Schema(description = "排查内容; required for INSPECTION", example = "检查液位高高联锁是否投用、旁路是否关闭") String troubleshootContent,
        @Schema(description = "COMPANY 公司, WORKSHOP 车间, TEAM 班组, POST 岗位", example = "WORKSHOP") ControlLevel controlLevel,
        @Schema(description = "responsible post id", example = "post-tank-operator") String responsiblePostId,
        @Schema(description = "PUT only: the version the change was made from; a newer stored version is a 409 "
                + "concurrent-change", example = "1") Long version) {
}
