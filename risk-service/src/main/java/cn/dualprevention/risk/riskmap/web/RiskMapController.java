package cn.dualprevention.risk.riskmap.web;

import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.risk.riskmap.application.RiskMapQuery;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import cn.dualprevention.risk.riskunit.domain.UnitGeometry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
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
    @Operation(summary = "GeoJSON FeatureCollection of an enterprise's or a plant's units (Point or Polygon) with level, "
            + "colour (#FE0001 重大, #FFBF01 较大, #FFFF02 一般, #2DAFF9 低), name and status, plus the aggregate",
            description = "Give exactly one of enterpriseId and plantId. A plant's map holds the units placed in the "
                    + "plant or in one of its areas.")
    RiskMapResponse map(@Parameter(example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6b") @RequestParam(required = false) String enterpriseId,
                        @Parameter(description = "an org unit of kind PLANT", example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6e")
                        @RequestParam(required = false) String plantId) {
        if ((enterpriseId == null) == (plantId == null)) {
            throw new InvalidValueException(enterpriseId == null ? "enterpriseId" : "plantId", "one-of",
                    "give exactly one of enterpriseId and plantId");
        }
        RiskMapQuery.RiskMap map = plantId != null ? query.ofPlant(plantId) : query.ofEnterprise(enterpriseId);
        return new RiskMapResponse("FeatureCollection", map.units().stream().map(RiskMapController::feature).toList(),
                aggregate(map.aggregate()));
    }

    @GetMapping("/aggregate")
    @Operation(summary = "Counts behind the map: units by current level and major hazard sources by grade",
            description = "With enterpriseId: that enterprise. Without: every enterprise of the caller's group the caller "
                    + "may see, each and in total.")
    RiskMapResponse.GroupAggregate aggregate(@Parameter(example = "0190b9a2-7c1e-7d3a-9f00-3c1d2e4f5a6b")
                                             @RequestParam(required = false) String enterpriseId) {
        if (enterpriseId != null) {
            RiskMapResponse.Aggregate one = aggregate(query.ofEnterprise(enterpriseId).aggregate());
            return new RiskMapResponse.GroupAggregate(null, java.util.List.of(one), one);
        }
        RiskMapQuery.GroupAggregate group = query.ofGroup();
        return new RiskMapResponse.GroupAggregate(group.groupId(),
                group.enterprises().stream().map(RiskMapController::aggregate).toList(), aggregate(group.total()));
    }

    private static RiskMapResponse.Aggregate aggregate(RiskMapQuery.Aggregate a) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        a.countsByLevel().forEach((level, n) -> counts.put(level.name(), n));
        Map<String, Integer> grades = new LinkedHashMap<>();
        a.majorHazardSourcesByGrade().forEach((grade, n) -> grades.put(String.valueOf(grade), n));
        return new RiskMapResponse.Aggregate(a.enterpriseId(), a.enterpriseName(), a.units(), counts,
                a.majorHazardSources(), grades);
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
        properties.put("plantId", u.plantId());
        properties.put("openHazards", u.condition().openHazards().size());
        return new RiskMapResponse.Feature("Feature", u.id(), UnitGeometry.geoJson(u.location(), u.area()), properties);
    }
}
