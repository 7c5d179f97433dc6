package cn.dualprevention.risk.measure.web;

import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.risk.measure.application.ControlMeasureRegister;
import cn.dualprevention.risk.measure.domain.ControlMeasure;
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
@RequestMapping("/api/v1/control-measures")
@Tag(name = "Control measures 管控措施", description = "Control measures of risk events with national classification")
class ControlMeasureController {

    private final ControlMeasureRegister register;

    ControlMeasureController(ControlMeasureRegister register) {
        this.register = register;
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a control measure (risk.measure.created.v1)")
    ControlMeasureResponse create(@Valid @RequestBody ControlMeasureRequest r) {
        return toResponse(register.create(r.riskEventId(), details(r)));
    }

    private static ControlMeasure.MeasureDetails details(ControlMeasureRequest r) {
        return new ControlMeasure.MeasureDetails(r.controlMode(), r.description(), r.classify1(), r.classify2(),
                r.classify3(), r.troubleshootContent(), r.controlLevel(), r.responsiblePostId());
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @PutMapping("/{id}")
    @Operation(summary = "Change a control measure (risk.measure.updated.v1); a measure stays with its risk event (riskEventId of the body is not used)")
    ControlMeasureResponse update(@PathVariable String id, @Valid @RequestBody ControlMeasureRequest r) {
        return toResponse(register.update(id, details(r), r.version()));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a control measure (soft; risk.measure.deleted.v1)")
    void delete(@PathVariable String id,
                @Parameter(description = "the version the deletion was decided on; optional", example = "2")
                @RequestParam(required = false) Long version) {
        register.delete(id, version);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One control measure")
    ControlMeasureResponse get(@PathVariable String id) {
        return toResponse(register.get(id));
    }

    @GetMapping
    @Operation(summary = "The control measures of a risk event")
    List<ControlMeasureResponse> list(@RequestParam String riskEventId) {
        return register.ofRiskEvent(riskEventId).stream().map(ControlMeasureController::toResponse).toList();
    }

    private static ControlMeasureResponse toResponse(ControlMeasure m) {
        return new ControlMeasureResponse(m.id(), m.version(), m.enterpriseId(), m.riskEventId(), m.unitId(),
                m.controlMode().name(), m.description(), m.classify1(), m.classify2(), m.classify3(),
                m.troubleshootContent(), m.controlLevel().name(), m.responsiblePostId());
    }
}
