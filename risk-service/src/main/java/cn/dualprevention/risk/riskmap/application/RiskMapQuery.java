package cn.dualprevention.risk.riskmap.application;

import cn.dualprevention.risk.riskobject.application.RiskObjectRegister;
import cn.dualprevention.risk.riskunit.application.RiskUnitCatalog;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import org.springframework.stereotype.Service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** 四色图 — the units of an enterprise coloured by their current (dynamic) level, and the counts behind it. */
@Service
public class RiskMapQuery {

    private final RiskUnitCatalog units;
    private final RiskObjectRegister objects;

    public RiskMapQuery(RiskUnitCatalog units, RiskObjectRegister objects) {
        this.units = units;
        this.objects = objects;
    }

    /** The map's content: units, counts of units by current level, number of major hazard sources. */
    public record RiskMap(List<RiskUnit> units, Map<RiskLevel, Integer> countsByLevel, int majorHazardSources) {
    }

    public RiskMap ofEnterprise(String enterpriseId) {
        List<RiskUnit> all = units.ofEnterprise(enterpriseId);
        Map<RiskLevel, Integer> counts = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            counts.put(level, 0);
        }
        all.forEach(u -> counts.merge(u.currentLevel(), 1, Integer::sum));
        int majorSources = (int) objects.ofEnterprise(enterpriseId).stream()
                .filter(o -> o.object().majorHazardSource()).count();
        return new RiskMap(all, counts, majorSources);
    }
}
