package cn.dualprevention.risk.riskobject.web;

import cn.dualprevention.risk.riskobject.application.RiskObjectRegister;
import cn.dualprevention.risk.riskobject.application.RiskObjectRegister.CreateRiskObject;
import cn.dualprevention.risk.riskobject.application.RiskObjectRegister.GradedRiskObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/risk-objects")
@Tag(name = "Risk objects 风险分析对象", description = "Major hazard sources and other risk analysis objects")
class RiskObjectController {

    private final RiskObjectRegister register;

    RiskObjectController(RiskObjectRegister register) {
        this.register = register;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a risk analysis object (a major hazard source names its grade and three 包保 guarantors)")
    RiskObjectResponse create(@Valid @RequestBody RiskObjectRequest r) {
        return toResponse(register.create(new CreateRiskObject(r.enterpriseId(), r.hazardCode(), r.name(),
                r.majorHazardSource(), r.majorHazardGrade(), r.mainResponsiblePersonId(), r.technicalResponsiblePersonId(),
                r.operationalResponsiblePersonId())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One risk analysis object with its level (highest of its units)")
    RiskObjectResponse get(@PathVariable String id) {
        return toResponse(register.get(id));
    }

    @GetMapping
    @Operation(summary = "The risk analysis objects of an enterprise")
    List<RiskObjectResponse> list(@RequestParam String enterpriseId) {
        return register.ofEnterprise(enterpriseId).stream().map(RiskObjectController::toResponse).toList();
    }

    private static RiskObjectResponse toResponse(GradedRiskObject g) {
        var o = g.object();
        return new RiskObjectResponse(o.id(), o.version(), o.enterpriseId(), o.hazardCode(), o.name(), o.majorHazardSource(),
                o.majorHazardGrade(), o.mainResponsiblePersonId(), o.technicalResponsiblePersonId(),
                o.operationalResponsiblePersonId(), g.level() == null ? null : g.level().name(),
                g.level() == null ? null : g.level().colour());
    }
}
