package cn.dualprevention.assessment.scores.web;

import cn.dualprevention.assessment.scores.application.WeeklyScoring;
import cn.dualprevention.assessment.scores.domain.WeeklyScore;
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
@RequestMapping("/api/v1/scores")
@Tag(name = "Weekly scores 周运行成效得分", description = "E = (A + B) × α per enterprise and week, explained term by term")
class ScoreController {

    private final WeeklyScoring scoring;

    ScoreController(WeeklyScoring scoring) {
        this.scoring = scoring;
    }

    @GetMapping
    @Operation(summary = "Kept weekly scores of an enterprise for the weeks starting in [from, to)")
    List<WeeklyScoring.KeptScore> list(@RequestParam String enterpriseId, @RequestParam String from, @RequestParam String to) {
        return scoring.list(Params.required("enterpriseId", enterpriseId), Params.date("from", from), Params.date("to", to));
    }

    @GetMapping("/{enterpriseId}/{week}")
    @Operation(summary = "The kept score of one week (week = its Monday)")
    WeeklyScoring.KeptScore get(@PathVariable String enterpriseId, @PathVariable String week) {
        return scoring.get(enterpriseId, Params.date("week", week));
    }

    @GetMapping("/preview")
    @Operation(summary = "The score a week would get now, computed but not kept")
    WeeklyScore preview(@RequestParam String enterpriseId, @RequestParam String week) {
        return scoring.preview(Params.required("enterpriseId", enterpriseId), Params.date("week", week));
    }

    @PostMapping
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @Operation(summary = "Score a week that is over now, if the Monday job has not (kept; a week is scored once)")
    WeeklyScoring.KeptScore compute(@RequestParam String enterpriseId, @RequestParam String week) {
        return scoring.computeFor(Params.required("enterpriseId", enterpriseId), Params.date("week", week));
    }
}
