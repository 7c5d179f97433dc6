package cn.dualprevention.assessment.warnings.web;

import cn.dualprevention.assessment.warnings.application.WarningQueries;
import cn.dualprevention.assessment.warnings.application.WarningWatch;
import cn.dualprevention.assessment.warnings.domain.SignalKind;
import cn.dualprevention.assessment.web.Params;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/warnings")
@Tag(name = "Warnings 预警", description = "Grade drops, overdue major hazards, missed checks and the signs of inspection for show")
class WarningController {

    private final WarningQueries queries;
    private final WarningWatch watch;
    private final WarningWebMapper mapper;

    WarningController(WarningQueries queries, WarningWatch watch, WarningWebMapper mapper) {
        this.queries = queries;
        this.watch = watch;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "Warnings of the caller's group, optionally of one enterprise, state (active/cleared) or kind")
    List<WarningResponse> list(@RequestParam(required = false) String enterpriseId,
                               @RequestParam(required = false) String state,
                               @RequestParam(required = false) String kind) {
        String s = state == null ? null : Params.enumValue("state", state, State.class).name();
        String k = kind == null ? null : Params.enumValue("kind", kind, SignalKind.class).name();
        return queries.list(enterpriseId, s, k).stream().map(mapper::toResponse).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One warning with the records behind it")
    WarningResponse get(@PathVariable String id) {
        return mapper.toResponse(queries.get(id));
    }

    @PostMapping("/scans")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @Operation(summary = "Look at one enterprise for warning signs now (the same scan runs on a schedule)")
    WarningWatch.ScanResult scan(@RequestParam String enterpriseId) {
        return watch.scanFor(Params.required("enterpriseId", enterpriseId));
    }

    enum State { ACTIVE, CLEARED }
}
