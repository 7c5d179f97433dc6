package cn.dualprevention.risk.riskevent.web;

import cn.dualprevention.risk.assessment.domain.AssessmentKind;
import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.Map;

/** Body of {@code POST /api/v1/risk-events/{id}/assessments}. */
public record AssessmentRequest(
        @Schema(description = "INHERENT 固有风险 or RESIDUAL 剩余风险", example = "RESIDUAL") @NotNull AssessmentKind kind,
        @Schema(description = "LEC, LS, MES or DIRECT 直接判定", example = "LEC") @NotNull AssessmentMethod method,
        @Schema(description = "factor values from the method's tables (LEC: L, E, C; LS: L, S; MES: M, E, S)",
                example = "{\"L\": 3, \"E\": 6, \"C\": 15}") Map<String, BigDecimal> factors,
        @Schema(description = "only for DIRECT: the level judged", example = "MAJOR") RiskLevel level,
        @Schema(description = "only for DIRECT: the rule applied", example = "重大危险源未设置安全仪表系统") String directRule,
        @Schema(description = "why this assessment was made", example = "储罐液位高高联锁投用后复评") String reason) {
}
