package cn.dualprevention.risk.riskevent.web;

import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.risk.assessment.domain.Assessment;
import cn.dualprevention.risk.assessment.domain.AssessmentKind;
import cn.dualprevention.risk.riskevent.application.RiskEventRegister;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
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
@RequestMapping("/api/v1/risk-events")
@Tag(name = "Risk events 安全风险事件", description = "Risk events of units and their assessments (LEC, LS, MES, direct)")
class RiskEventController {

    private final RiskEventRegister register;

    RiskEventController(RiskEventRegister register) {
        this.register = register;
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a risk event of a unit")
    RiskEventResponse create(@Valid @RequestBody RiskEventRequest r) {
        return toResponse(register.create(r.unitId(), r.name(), r.consequence()));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @PostMapping("/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assess a risk event (risk.event.assessed.v1); the unit's level becomes the highest of its events",
            description = "Factor values outside the method's tables are a 400 naming the factor (factors.E / factor-table); "
                    + "the level follows the enterprise's thresholds.")
    RiskEventResponse assess(@PathVariable String id, @Valid @RequestBody AssessmentRequest r) {
        return toResponse(register.assess(id, new RiskEventRegister.AssessRiskEvent(r.kind(), r.method(), r.factors(),
                r.level(), r.directRule(), r.reason())));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @PutMapping("/{id}")
    @Operation(summary = "Rename a risk event or change its consequence (risk.event.updated.v1 with the whole event)",
            description = "Assessments are kept (add one with POST .../assessments); a stale version is a 409 concurrent-change.")
    RiskEventResponse update(@PathVariable String id, @Valid @RequestBody RiskEventUpdateRequest r) {
        return toResponse(register.update(id, r.name(), r.consequence(), r.version()));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a risk event (soft; risk.event.deleted.v1); the unit is regraded from its other events",
            description = "Refused with 409 risk-event-has-measures while control measures of the event are live: "
                    + "delete them first, so that their inspection tasks are retired on purpose.")
    void delete(@PathVariable String id,
                @Parameter(description = "the version the deletion was decided on; optional", example = "3")
                @RequestParam(required = false) Long version) {
        register.delete(id, version);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One risk event with its assessment history")
    RiskEventResponse get(@PathVariable String id) {
        return toResponse(register.get(id));
    }

    @GetMapping
    @Operation(summary = "The risk events of a unit")
    List<RiskEventResponse> list(@RequestParam String unitId) {
        return register.ofUnit(unitId).stream().map(RiskEventController::toResponse).toList();
    }

    private static RiskEventResponse toResponse(RiskEvent e) {
        return new RiskEventResponse(e.id(), e.version(), e.enterpriseId(), e.unitId(), e.name(), e.consequence(),
                e.latest(AssessmentKind.INHERENT).map(a -> a.level().name()).orElse(null),
                e.latest(AssessmentKind.RESIDUAL).map(a -> a.level().name()).orElse(null),
                e.assessments().stream().map(RiskEventController::toResponse).toList());
    }

    private static RiskEventResponse.AssessmentResponse toResponse(Assessment a) {
        return new RiskEventResponse.AssessmentResponse(a.kind().name(), a.method().name(), a.factors(), a.score(),
                a.level().name(), a.level().colour(), a.directRule(), a.reason(), a.assessor(), a.assessedAt());
    }
}
