package cn.dualprevention.assessment.evaluation.web;

import cn.dualprevention.assessment.evaluation.application.Evaluations;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "Efficiency evaluation 效能评估", description = "The Henan 100-point form (seed 003, annex 1)")
class EvaluationController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Evaluations evaluations;

    EvaluationController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an evaluation: the computable items are filled with their evidence, the others wait for an assessor")
    Evaluations.View open(@Valid @RequestBody EvaluationRequests.Open request) {
        return evaluations.open(request.enterpriseId(), request.from(), request.to());
    }

    @GetMapping("/{id}")
    @Operation(summary = "An evaluation with its totals and grade")
    Evaluations.View get(@PathVariable String id) {
        return evaluations.get(id);
    }

    @PutMapping("/{id}/items/{code}")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @Operation(summary = "An assessor's score and note on an item, or not applicable (不涉及) with a note")
    Evaluations.View enter(@PathVariable String id, @PathVariable String code, @Valid @RequestBody EvaluationRequests.Entry entry) {
        return evaluations.enter(id, code, entry.score(), Boolean.TRUE.equals(entry.notApplicable()), entry.note());
    }

    @PostMapping("/{id}/vetoes")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @Operation(summary = "Record a veto item (否决项) that holds")
    Evaluations.View veto(@PathVariable String id, @Valid @RequestBody EvaluationRequests.Veto veto) {
        return evaluations.veto(id, veto.code(), veto.note());
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "The evaluation as an Excel workbook in the layout of the form")
    ResponseEntity<byte[]> export(@PathVariable String id) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluation-" + id + ".xlsx\"")
                .body(evaluations.export(id));
    }
}
