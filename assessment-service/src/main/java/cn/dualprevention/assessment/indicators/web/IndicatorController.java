package cn.dualprevention.assessment.indicators.web;

import cn.dualprevention.assessment.indicators.application.IndicatorQueries;
import cn.dualprevention.assessment.indicators.domain.Periods;
import cn.dualprevention.assessment.indicators.domain.Scope;
import cn.dualprevention.assessment.web.Params;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators 运行成效指标", description = "Effectiveness indicators per group, enterprise, plant, unit, department or person")
class IndicatorController {

    private final IndicatorQueries queries;

    IndicatorController(IndicatorQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Indicators over [from, to) (dates in the enterprise's time zone), optionally per day/week/month/year")
    IndicatorQueries.IndicatorReport get(@RequestParam String scope, @RequestParam String id, @RequestParam String from,
                                         @RequestParam String to, @RequestParam(required = false) String period) {
        return queries.report(new Scope(Params.enumValue("scope", scope, Scope.Kind.class), Params.required("id", id)),
                Params.date("from", from), Params.date("to", to),
                period == null ? null : Params.enumValue("period", period, Periods.Unit.class));
    }
}
