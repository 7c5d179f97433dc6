package cn.dualprevention.inspection.task.web;

import cn.dualprevention.inspection.task.application.TaskCatalog;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/inspection-tasks")
@Tag(name = "Inspection tasks 隐患排查任务", description = "Tasks built from control measures, and their schedules")
class TaskController {

    private final TaskCatalog catalog;
    private final TaskWebMapper mapper;

    TaskController(TaskCatalog catalog, TaskWebMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "The inspection tasks of an enterprise (optionally of one unit)")
    List<TaskResponse> list(@RequestParam(required = false) String enterpriseId, @RequestParam(required = false) String unitId) {
        return catalog.ofEnterprise(enterpriseId, unitId).stream().map(mapper::toResponse).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One inspection task with its history")
    TaskResponse get(@PathVariable String id) {
        return mapper.toResponse(catalog.get(id));
    }

    @PutMapping("/{id}/schedule")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD})
    @Operation(summary = "Set the schedule: cycle, window, work days, duty type, assignee")
    TaskResponse schedule(@PathVariable String id, @RequestBody ScheduleRequest request) {
        return mapper.toResponse(catalog.schedule(id, mapper.toCommand(request)));
    }
}
