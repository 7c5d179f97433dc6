package cn.dualprevention.assessment.points.web;

import cn.dualprevention.assessment.points.application.PointQueries;
import cn.dualprevention.assessment.points.domain.PersonPoints;
import cn.dualprevention.assessment.web.Params;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/points")
@Tag(name = "Reward and penalty points 考核奖惩", description = "Per person and department: checks on time, hazards found, remediation on time")
class PointController {

    private final PointQueries queries;

    PointController(PointQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Points of every person and department of an enterprise over [from, to)")
    PersonPoints.Sheet sheet(@RequestParam String enterpriseId, @RequestParam String from, @RequestParam String to) {
        return queries.sheet(Params.required("enterpriseId", enterpriseId), Params.date("from", from), Params.date("to", to));
    }
}
