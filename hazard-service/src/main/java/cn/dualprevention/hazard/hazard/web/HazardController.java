package cn.dualprevention.hazard.hazard.web;

import cn.dualprevention.hazard.hazard.application.HazardGovernance;
import cn.dualprevention.hazard.hazard.domain.Hazard;
import cn.dualprevention.hazard.hazard.domain.HazardLevel;
import cn.dualprevention.hazard.hazard.domain.HazardState;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;

@RestController
@RequestMapping("/api/v1/hazards")
@Tag(name = "Hazards 隐患治理", description = "Hidden hazards from registration to accepted closure; illegal steps are 409 naming the rule")
class HazardController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HazardGovernance governance;
    private final HazardWebMapper mapper;

    HazardController(HazardGovernance governance, HazardWebMapper mapper) {
        this.governance = governance;
        this.mapper = mapper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.INSPECTOR, Role.GUARANTOR, Role.API_CLIENT})
    @Operation(summary = "Register a hazard (登记); a major hazard is reported to the regulator at once")
    HazardResponse register(@Valid @RequestBody HazardRequests.Register request) {
        return view(governance.register(mapper.toCommand(request)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One hazard")
    HazardResponse get(@PathVariable String id) {
        return view(governance.get(id));
    }

    @GetMapping
    @Operation(summary = "The hazard ledger (隐患台账), newest first")
    List<HazardResponse> ledger(@RequestParam(required = false) String enterpriseId,
                                @RequestParam(required = false) HazardState state,
                                @RequestParam(required = false) HazardLevel level,
                                @RequestParam(required = false) String unitId,
                                @RequestParam(required = false) String department,
                                @RequestParam(defaultValue = "false") boolean overdue) {
        return governance.ledger(state, level, unitId, department, overdue, enterpriseId).stream().map(this::view).toList();
    }

    @GetMapping(value = "/export.xlsx", produces = XLSX)
    @Operation(summary = "The hazard ledger as an Excel workbook, one row per hazard with its status history")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String enterpriseId,
                                                 @RequestParam(required = false) HazardState state,
                                                 @RequestParam(required = false) HazardLevel level,
                                                 @RequestParam(required = false) String unitId,
                                                 @RequestParam(required = false) String department,
                                                 @RequestParam(defaultValue = "false") boolean overdue) {
        List<Hazard> hazards = governance.ledger(state, level, unitId, department, overdue, enterpriseId);
        StreamingResponseBody body = out -> HazardLedgerWorkbook.write(hazards, governance::overdue, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hazard-ledger.xlsx\"")
                .contentType(MediaType.parseMediaType(XLSX))
                .body(body);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every step of the hazard: who, when, from-state, to-state, what changed, evidence")
    List<HistoryEntryResponse> history(@PathVariable String id) {
        return governance.get(id).history().stream().map(mapper::toResponse).toList();
    }

    @PostMapping("/{id}/confirm")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @Operation(summary = "Confirm it is a hazard (确认)")
    HazardResponse confirm(@PathVariable String id, @Valid @RequestBody(required = false) HazardRequests.Confirm request) {
        return view(governance.confirm(id));
    }

    @PostMapping("/{id}/reject")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @Operation(summary = "Reject as not a hazard, with a reason")
    HazardResponse reject(@PathVariable String id, @Valid @RequestBody HazardRequests.Reason request) {
        return view(governance.reject(id, request.reason()));
    }

    @PostMapping("/{id}/plan")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @Operation(summary = "Set the remediation plan (限期整改); a major hazard needs all five (五落实)")
    HazardResponse plan(@PathVariable String id, @Valid @RequestBody HazardRequests.Plan request) {
        return view(governance.setPlan(id, mapper.toPlan(request)));
    }

    @PostMapping("/{id}/fix-on-the-spot")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.INSPECTOR, Role.GUARANTOR})
    @Operation(summary = "Rectify on the spot and submit for acceptance at once (即查即改); general hazards only")
    HazardResponse fixOnTheSpot(@PathVariable String id, @Valid @RequestBody HazardRequests.Rectified request) {
        return view(governance.fixOnTheSpot(id, request.description(), request.afterPhotoIds()));
    }

    @PostMapping("/{id}/submit")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.INSPECTOR, Role.GUARANTOR})
    @Operation(summary = "Submit for acceptance with after-photos and a description")
    HazardResponse submit(@PathVariable String id, @Valid @RequestBody HazardRequests.Rectified request) {
        return view(governance.submit(id, request.description(), request.afterPhotoIds()));
    }

    @PostMapping("/{id}/accept")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @Operation(summary = "Accept and close (验收), by someone other than the rectifier")
    HazardResponse accept(@PathVariable String id, @Valid @RequestBody HazardRequests.Accept request) {
        return view(governance.accept(id, request.comment()));
    }

    @PostMapping("/{id}/send-back")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @Operation(summary = "Send back to remediation, with a reason")
    HazardResponse sendBack(@PathVariable String id, @Valid @RequestBody HazardRequests.Reason request) {
        return view(governance.sendBack(id, request.reason()));
    }

    @PostMapping("/{id}/reopen")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @Operation(summary = "Reopen an accepted hazard, with a reason (and optionally a new deadline)")
    HazardResponse reopen(@PathVariable String id, @Valid @RequestBody HazardRequests.Reason request) {
        return view(governance.reopen(id, request.reason(), request.deadline()));
    }

    @PostMapping("/{id}/extension-request")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @Operation(summary = "Request a later deadline, with a reason (延期申请)")
    HazardResponse requestExtension(@PathVariable String id, @Valid @RequestBody HazardRequests.ExtensionRequest request) {
        return view(governance.requestExtension(id, request.requestedDeadline(), request.reason()));
    }

    @PostMapping("/{id}/extension-decision")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @Operation(summary = "Approve or refuse the pending extension (by someone other than the requester)")
    HazardResponse decideExtension(@PathVariable String id, @Valid @RequestBody HazardRequests.ExtensionDecision request) {
        return view(governance.decideExtension(id, request.approved(), request.comment()));
    }

    private HazardResponse view(Hazard hazard) {
        return mapper.toResponse(hazard, governance.overdue(hazard));
    }
}
