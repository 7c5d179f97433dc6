package cn.dualprevention.risk.riskobject.web;

import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.risk.riskobject.application.RiskObjectRegister;
import cn.dualprevention.risk.riskobject.application.RiskObjectRegister.CreateRiskObject;
import cn.dualprevention.risk.riskobject.application.RiskObjectRegister.GradedRiskObject;
import cn.dualprevention.risk.riskobject.domain.RiskObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
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

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a risk analysis object (a major hazard source names its grade and three 包保 guarantors)")
    RiskObjectResponse create(@Valid @RequestBody RiskObjectRequest r) {
        return toResponse(register.create(new CreateRiskObject(r.enterpriseId(), r.hazardCode(), r.name(),
                r.majorHazardSource(), r.majorHazardGrade(), r.mainResponsiblePersonId(), r.technicalResponsiblePersonId(),
                r.operationalResponsiblePersonId())));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @PutMapping("/{id}")
    @Operation(summary = "Change a risk analysis object (risk.object.updated.v1 with the whole object)",
            description = "Checked as on creation. The code cannot change while units belong to the object "
                    + "(409 hazard-code-in-use); a stale version is a 409 concurrent-change.")
    RiskObjectResponse update(@PathVariable String id, @Valid @RequestBody RiskObjectUpdateRequest r) {
        return toResponse(register.update(id, new RiskObject.ObjectDetails(r.hazardCode(), r.name(), r.majorHazardSource(),
                r.majorHazardGrade(), r.mainResponsiblePersonId(), r.technicalResponsiblePersonId(),
                r.operationalResponsiblePersonId()), r.version()));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a risk analysis object (soft; risk.object.deleted.v1)",
            description = "Refused with 409 risk-object-has-units while risk analysis units belong to it: units carry "
                    + "inspection tasks and hazards of their own and are never deleted as a side effect.")
    void delete(@PathVariable String id,
                @Parameter(description = "the version the deletion was decided on; optional", example = "2")
                @RequestParam(required = false) Long version) {
        register.delete(id, version);
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
