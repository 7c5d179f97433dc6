package cn.dualprevention.inspection.record.web;

import cn.dualprevention.inspection.record.application.RecordQueries;
import cn.dualprevention.inspection.record.application.RecordSubmissions;
import cn.dualprevention.inspection.record.application.SubmissionOutcome;
import cn.dualprevention.inspection.record.domain.PhotoStore;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Inspection records 排查记录", description = "Records from the phone, one at a time or as an offline batch")
class RecordController {

    private final RecordSubmissions submissions;
    private final RecordQueries queries;
    private final RecordWebMapper mapper;

    RecordController(RecordSubmissions submissions, RecordQueries queries, RecordWebMapper mapper) {
        this.submissions = submissions;
        this.queries = queries;
        this.mapper = mapper;
    }

    @PostMapping("/api/v1/inspection-records")
    @AllowedRoles({Role.INSPECTOR, Role.GUARANTOR, Role.DEPARTMENT_HEAD, Role.SAFETY_MANAGER, Role.API_CLIENT})
    @Operation(summary = "Submit one record (the caller is the inspector); re-sending the same clientId is DUPLICATE")
    ResponseEntity<OutcomeResponse> submit(@RequestBody RecordRequest request) {
        SubmissionOutcome outcome = submissions.submit(mapper.toSubmission(request));
        return ResponseEntity.status(outcome.result() == SubmissionOutcome.Result.ACCEPTED ? 201 : 200)
                .body(mapper.toResponse(outcome));
    }

    @PostMapping("/api/v1/inspection-records/batch")
    @AllowedRoles({Role.INSPECTOR, Role.GUARANTOR, Role.DEPARTMENT_HEAD, Role.SAFETY_MANAGER, Role.API_CLIENT})
    @Operation(summary = "Offline sync: every record answered by itself (ACCEPTED / DUPLICATE / REJECTED with its rule)")
    BatchResponse batch(@RequestBody BatchRequest request) {
        List<OutcomeResponse> results = mapper.toResponses(submissions.submitBatch(
                request.records() == null ? null : mapper.toSubmissions(request.records())));
        return new BatchResponse(count(results, SubmissionOutcome.Result.ACCEPTED),
                count(results, SubmissionOutcome.Result.DUPLICATE), count(results, SubmissionOutcome.Result.REJECTED), results);
    }

    @GetMapping("/api/v1/inspection-records")
    @Operation(summary = "The records of a cycle, a superseded NOT_INSPECTED record and its correction too")
    List<RecordResponse> ofCycle(@RequestParam(required = false) String cycleId) {
        return queries.ofCycle(cycleId).stream().map(mapper::toResponse).toList();
    }

    @GetMapping("/api/v1/inspection-records/{id}")
    @Operation(summary = "One record")
    RecordResponse get(@PathVariable String id) {
        return mapper.toResponse(queries.get(id));
    }

    /**
     * Everyone of the tenant reads a record photo, and so does a suite service ({@link Role#SERVICE}: exchange-service
     * sending it to the regulator as an attachment), for every group.
     */
    @GetMapping("/api/v1/inspection-photos/{id}")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.INSPECTOR, Role.GUARANTOR,
            Role.REGULATOR_VIEWER, Role.API_CLIENT, Role.SERVICE})
    @Operation(summary = "A record photo, as it was taken (JPEG / PNG); also for the suite's services (SERVICE)")
    ResponseEntity<byte[]> photo(@PathVariable String id) {
        PhotoStore.StoredPhoto photo = queries.photo(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.photo().contentType()))
                .body(photo.photo().content());
    }

    private static int count(List<OutcomeResponse> results, SubmissionOutcome.Result result) {
        return (int) results.stream().filter(r -> result.name().equals(r.result())).count();
    }
}
