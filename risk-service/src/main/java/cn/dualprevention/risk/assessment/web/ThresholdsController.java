package cn.dualprevention.risk.assessment.web;

import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.risk.assessment.application.ConfigureThresholds;
import cn.dualprevention.risk.assessment.application.RiskGrading;
import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.assessment.domain.RiskThresholds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/v1/enterprises/{enterpriseId}/risk-thresholds")
@Tag(name = "Risk thresholds 风险分级标准", description = "Score bands of LEC, LS and MES per enterprise")
class ThresholdsController {

    private final RiskGrading grading;

    ThresholdsController(RiskGrading grading) {
        this.grading = grading;
    }

    @GetMapping
    @Operation(summary = "The thresholds in force for every scoring method (the national defaults unless configured)")
    List<ThresholdsResponse> list(@PathVariable String enterpriseId) {
        return grading.ofEnterprise(enterpriseId).stream().map(ThresholdsController::toResponse).toList();
    }

    // the enterprise's grading standard re-grades every unit: safety management, not a department
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PutMapping("/{method}")
    @Operation(summary = "Configure one method's thresholds",
            description = "Refused with 400 naming the level (rule 'unreachable') when no score the method's factor "
                    + "tables can produce falls into that level's band, or (rule 'order') when bounds do not descend.")
    ThresholdsResponse configure(@PathVariable String enterpriseId, @PathVariable AssessmentMethod method,
                                 @Valid @RequestBody ThresholdsRequest request) {
        return toResponse(grading.configure(new ConfigureThresholds(enterpriseId, method, request.major(),
                request.considerable(), request.general())));
    }

    private static ThresholdsResponse toResponse(RiskThresholds t) {
        return new ThresholdsResponse(t.method().name(), t.major().toString(), t.considerable().toString(),
                t.general().toString(), t.method().factors().stream()
                .map(f -> new ThresholdsResponse.FactorResponse(f.name(), f.meaning(),
                        f.values().stream().map(BigDecimal::toPlainString).toList())).toList());
    }
}
