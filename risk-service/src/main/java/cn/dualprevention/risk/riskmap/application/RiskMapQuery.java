package cn.dualprevention.risk.riskmap.application;

import cn.dualprevention.platform.tenancy.CallerContext;
import cn.dualprevention.risk.enterprise.application.EnterpriseRegistry;
import cn.dualprevention.risk.enterprise.domain.Enterprise;
import cn.dualprevention.risk.riskobject.application.RiskObjectRegister;
import cn.dualprevention.risk.riskobject.domain.RiskObject;
import cn.dualprevention.risk.riskunit.application.RiskUnitCatalog;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 四色图 — the units of an enterprise or of one plant coloured by their current (dynamic) level, and the counts
 * behind it per enterprise and per group (the caller's enterprises only).
 */
@Service
public class RiskMapQuery {

    private final RiskUnitCatalog units;
    private final RiskObjectRegister objects;
    private final EnterpriseRegistry enterprises;

    public RiskMapQuery(RiskUnitCatalog units, RiskObjectRegister objects, EnterpriseRegistry enterprises) {
        this.units = units;
        this.objects = objects;
        this.enterprises = enterprises;
    }

    /**
     * Counts: units by current level, major hazard sources (重大危险源) and how many of each grade (1 一级 … 4 四级).
     */
    public record Aggregate(String enterpriseId, String enterpriseName, int units, Map<RiskLevel, Integer> countsByLevel,
                            int majorHazardSources, Map<Integer, Integer> majorHazardSourcesByGrade) {
    }

    /** The map's content: units and their aggregate. */
    public record RiskMap(List<RiskUnit> units, Aggregate aggregate) {
    }

    /** The aggregates of the caller's enterprises of its group, and their total. */
    public record GroupAggregate(String groupId, List<Aggregate> enterprises, Aggregate total) {
    }

    public RiskMap ofEnterprise(String enterpriseId) {
        Enterprise enterprise = enterprises.get(enterpriseId);
        List<RiskUnit> all = units.ofEnterprise(enterprise.id());
        List<RiskObject> majors = objects.ofEnterprise(enterprise.id()).stream().map(RiskObjectRegister.GradedRiskObject::object)
                .filter(RiskObject::majorHazardSource).toList();
        return new RiskMap(all, aggregate(enterprise, all, majors));
    }

    /** The units of one plant (厂区) and its areas; major hazard sources counted are those of these units. */
    public RiskMap ofPlant(String plantId) {
        RiskUnitCatalog.PlantUnits plant = units.inPlant(plantId);
        List<RiskUnit> inPlant = plant.units();
        Set<String> objectIds = inPlant.stream().map(RiskUnit::riskObjectId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Enterprise enterprise = enterprises.get(plant.enterpriseId());
        List<RiskObject> majors = objects.ofEnterprise(enterprise.id()).stream()
                .map(RiskObjectRegister.GradedRiskObject::object)
                .filter(o -> o.majorHazardSource() && objectIds.contains(o.id())).toList();
        return new RiskMap(inPlant, aggregate(enterprise, inPlant, majors));
    }

    public GroupAggregate ofGroup() {
        List<Aggregate> each = new ArrayList<>();
        for (Enterprise enterprise : enterprises.list()) {
            each.add(ofEnterprise(enterprise.id()).aggregate());
        }
        Map<RiskLevel, Integer> counts = zeroCounts();
        Map<Integer, Integer> grades = zeroGrades();
        int unitCount = 0;
        int majors = 0;
        for (Aggregate a : each) {
            unitCount += a.units();
            majors += a.majorHazardSources();
            a.countsByLevel().forEach((level, n) -> counts.merge(level, n, Integer::sum));
            a.majorHazardSourcesByGrade().forEach((grade, n) -> grades.merge(grade, n, Integer::sum));
        }
        return new GroupAggregate(CallerContext.require().groupId(), each,
                new Aggregate(null, null, unitCount, counts, majors, grades));
    }

    private static Aggregate aggregate(Enterprise enterprise, List<RiskUnit> all, List<RiskObject> majors) {
        Map<RiskLevel, Integer> counts = zeroCounts();
        all.forEach(u -> counts.merge(u.currentLevel(), 1, Integer::sum));
        Map<Integer, Integer> grades = zeroGrades();
        majors.forEach(o -> grades.merge(o.majorHazardGrade(), 1, Integer::sum));
        return new Aggregate(enterprise.id(), enterprise.name(), all.size(), counts, majors.size(), grades);
    }

    private static Map<RiskLevel, Integer> zeroCounts() {
        Map<RiskLevel, Integer> counts = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            counts.put(level, 0);
        }
        return counts;
    }

    private static Map<Integer, Integer> zeroGrades() {
        Map<Integer, Integer> grades = new TreeMap<>();
        for (int grade = 1; grade <= 4; grade++) {
            grades.put(grade, 0);
        }
        return grades;
    }
}
