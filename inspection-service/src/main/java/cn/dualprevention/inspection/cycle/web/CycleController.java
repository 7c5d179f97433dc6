package cn.dualprevention.inspection.cycle.web;

import cn.dualprevention.inspection.cycle.application.CycleQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Inspection cycles 排查周期", description = "Generated cycles and the inspector's inbox")
class CycleController {

    private final CycleQueries queries;
    private final CycleWebMapper mapper;

    CycleController(CycleQueries queries, CycleWebMapper mapper) {
        this.queries = queries;
        this.mapper = mapper;
    }

    @GetMapping("/api/v1/inspection-cycles/{id}")
    @Operation(summary = "One cycle")
    CycleResponse get(@PathVariable String id) {
        return mapper.toResponse(queries.get(id));
    }

    @GetMapping("/api/v1/me/inbox")
    @Operation(summary = "The caller's cycles: due now, upcoming (24 h), overdue")
    InboxResponse inbox() {
        return mapper.toResponse(queries.inboxOfCaller());
    }
}
