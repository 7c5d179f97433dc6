package cn.dualprevention.inspection.unitstop.web;

import cn.dualprevention.inspection.unitstop.application.UnitStopping;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Unit stops 停用检修", description = "A stopped unit's cycles are suspended, never missed")
class UnitStopController {

    private final UnitStopping stopping;
    private final UnitStopWebMapper mapper;

    UnitStopController(UnitStopping stopping, UnitStopWebMapper mapper) {
        this.stopping = stopping;
        this.mapper = mapper;
    }

    @PostMapping("/api/v1/unit-stops")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Stop a unit (start, end, reason)")
    StopResponse stop(@RequestBody StopRequest request) {
        return mapper.toResponse(stopping.stop(request.unitId(), request.start(), request.end(), request.reason()));
    }

    @PostMapping("/api/v1/unit-stops/{id}/end")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @Operation(summary = "End a stop early")
    StopResponse end(@PathVariable String id, @RequestBody(required = false) EndRequest request) {
        return mapper.toResponse(stopping.end(id, request == null ? null : request.end()));
    }

    @GetMapping("/api/v1/unit-stops")
    @Operation(summary = "The stops of an enterprise (optionally one unit), latest first")
    List<StopResponse> list(@RequestParam String enterpriseId, @RequestParam(required = false) String unitId) {
        return mapper.toResponses(stopping.list(enterpriseId, unitId));
    }
}
