package cn.dualprevention.risk.riskmap.web;

import cn.dualprevention.risk.riskmap.application.RiskMapQuery;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/risk-map")
@Tag(name = "Risk map 四色图", description = "Four-colour risk map: units coloured by current (dynamic) level")
class RiskMapController {

    private final RiskMapQuery query;

    RiskMapController(RiskMapQuery query) {
        this.query = query;
    }

    @GetMapping(produces = {"application/geo+json", "application/json"})
    @Operation(summary = "GeoJSON FeatureCollection of an enterprise's units with level, colour (#FE0001 重大, #FFBF01 较大, "
            + "#FFFF02 一般, #2DAFF9 低), name and status, plus counts by level and major hazard sources")
    RiskMapResponse map(@RequestParam String enterpriseId) {
        RiskMapQuery.RiskMap map = query.ofEnterprise(enterpriseId);
        Map<String, Integer> counts = new LinkedHashMap<>();
        map.countsByLevel().forEach((level, n) -> counts.put(level.name(), n));
        return new RiskMapResponse("FeatureCollection", map.units().stream().map(RiskMapController::feature).toList(),
                new RiskMapResponse.Aggregate(enterpriseId, map.units().size(), counts, map.majorHazardSources()));
    }

    private static RiskMapResponse.Feature feature(RiskUnit u) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("unitId", u.id());
        properties.put("name", u.name());
        properties.put("hazardCode", u.hazardCode());
        properties.put("level", u.currentLevel().name());
        properties.put("levelName", u.currentLevel().chineseName());
        properties.put("colour", u.currentLevel().colour());
        properties.put("assessedLevel", u.riskLevel().name());
        properties.put("status", u.status().name());
        properties.put("riskObjectId", u.riskObjectId());
        properties.put("openHazards", u.condition().openHazards().size());
        RiskMapResponse.Geometry geometry = u.location() == null ? null
                : new RiskMapResponse.Geometry("Point", List.of(u.location().longitude(), u.location().latitude()));
        return new RiskMapResponse.Feature("Feature", u.id(), geometry, properties);
    }
}
