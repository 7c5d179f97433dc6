package cn.dualprevention.assessment.rankings.web;

import cn.dualprevention.assessment.indicators.domain.Periods;
import cn.dualprevention.assessment.rankings.application.Rankings;
import cn.dualprevention.assessment.rankings.domain.RankedIndicator;
import cn.dualprevention.assessment.web.Params;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/rankings")
@Tag(name = "Rankings 排名", description = "Enterprises / plants of the caller's group ranked, with the change against the previous period")
class RankingController {

    private final Rankings rankings;

    RankingController(Rankings rankings) {
        this.rankings = rankings;
    }

    @GetMapping
    @Operation(summary = "Rank the group's enterprises (level=enterprise) or plants (level=plant) on an indicator or the weekly score for the period (day/week/month/year) containing `at`")
    Rankings.Result rank(@RequestParam String indicator, @RequestParam String period, @RequestParam String at,
                         @RequestParam(required = false, defaultValue = "enterprise") String level) {
        return rankings.rank(Params.enumValue("level", level, Rankings.Level.class),
                Params.enumValue("indicator", indicator, RankedIndicator.class),
                Params.enumValue("period", period, Periods.Unit.class), Params.date("at", at));
    }
}
