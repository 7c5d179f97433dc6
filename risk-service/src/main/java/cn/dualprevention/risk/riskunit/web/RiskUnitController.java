package cn.dualprevention.risk.riskunit.web;

import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.risk.riskunit.application.RiskUnitCatalog;
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
@RequestMapping("/api/v1/risk-units")
@Tag(name = "Risk units 风险分析单元", description = "Risk analysis units of an enterprise")
class RiskUnitController {

    private final RiskUnitCatalog catalog;
    private final RiskUnitWebMapper mapper;

    RiskUnitController(RiskUnitCatalog catalog, RiskUnitWebMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a risk analysis unit")
    RiskUnitResponse create(@Valid @RequestBody RiskUnitRequest request) {
        return mapper.toResponse(catalog.create(mapper.toCommand(request)));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @PutMapping("/{id}")
    @Operation(summary = "Change a unit's master data (announced as risk.unit.updated.v1)")
    RiskUnitResponse update(@PathVariable String id, @Valid @RequestBody RiskUnitUpdateRequest request) {
        return mapper.toResponse(catalog.update(id, mapper.toCommand(request)));
    }

    // 停用检修 / 恢复: decided by people, not fed by plant systems
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop a unit for maintenance 停用检修 (risk.unit.stopped.v1); its tasks are suspended")
    RiskUnitResponse stop(@PathVariable String id, @RequestBody(required = false) StopRequest request) {
        return mapper.toResponse(catalog.stop(id, request == null ? null : request.reason()));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @PostMapping("/{id}/resume")
    @Operation(summary = "Put a stopped unit back in service (risk.unit.resumed.v1)")
    RiskUnitResponse resume(@PathVariable String id, @RequestBody(required = false) StopRequest request) {
        return mapper.toResponse(catalog.resume(id, request == null ? null : request.reason()));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.API_CLIENT})
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a unit (soft; risk.unit.deleted.v1)",
            description = "Refused with 409 and rule unit-has-open-hazards or unit-has-active-tasks while hazards on the "
                    + "unit are open (registered, not accepted or rejected) or inspection tasks still check it. Otherwise "
                    + "its risk events and their control measures are soft-deleted with it, each announced "
                    + "(risk.measure.deleted.v1, risk.event.deleted.v1), then the unit (risk.unit.deleted.v1).")
    void delete(@PathVariable String id,
                @Parameter(description = "the version the deletion was decided on; optional", example = "3")
                @RequestParam(required = false) Long version) {
        catalog.delete(id, version);
    }

    // the printed QR codes on site are master data: a new one invalidates the old
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PostMapping("/{id}/qr-token")
    @Operation(summary = "Issue a new QR code token for the unit (risk.unit.updated.v1 carries it to inspection-service)",
            description = "128 random bits, URL-safe; the old printed code no longer checks in. The token is shown only "
                    + "to the unit's own tenant.")
    RiskUnitResponse rotateQrToken(@PathVariable String id,
                                   @Parameter(description = "the version the rotation was decided on; optional", example = "3")
                                   @RequestParam(required = false) Long version) {
        return mapper.toResponse(catalog.rotateQrToken(id, version));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One risk analysis unit")
    RiskUnitResponse get(@PathVariable String id) {
        return mapper.toResponse(catalog.get(id));
    }

    @GetMapping
    @Operation(summary = "The risk analysis units of an enterprise")
    List<RiskUnitResponse> list(@RequestParam String enterpriseId) {
        return catalog.ofEnterprise(enterpriseId).stream().map(mapper::toResponse).toList();
    }
}
