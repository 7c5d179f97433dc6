package cn.dualprevention.assessment.indicators.domain;

import cn.dualprevention.assessment.facts.domain.Facts;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an indicator is about: a group (集团), an enterprise (企业), a plant (厂区: an org unit of kind PLANT, or an
 * enterprise when a group registers its plants as enterprises), a risk analysis unit, a department or a person. Facts are loaded per group or enterprise; this
 * narrows them further.
 */
public record Scope(Kind kind, String id) {

    public enum Kind { GROUP, ENTERPRISE, PLANT, UNIT, DEPARTMENT, PERSON }

    /** The scope applied to one load of facts. */
    public Selection select(Facts facts) {
        Set<String> units = switch (kind) {
            case UNIT -> Set.of(id);
            case DEPARTMENT -> facts.units().stream().filter(u -> id.equals(u.departmentId()))
                    .map(Facts.Unit::unitId).collect(Collectors.toSet());
            case PLANT -> plantUnits(facts);
            default -> null;
        };
        return new Selection(kind, id, units);
    }

    /**
     * The units of a plant (厂区 org unit): those placed in it or in an area below it. When the id is not an org unit
     * but an enterprise (a group whose plants are registered as enterprises), all of the loaded facts.
     */
    private Set<String> plantUnits(Facts facts) {
        if (facts.orgUnits().stream().noneMatch(o -> id.equals(o.orgUnitId()))) {
            return null;
        }
        java.util.Map<String, String> parent = new java.util.HashMap<>();
        facts.orgUnits().forEach(o -> parent.put(o.orgUnitId(), o.parentId()));
        Set<String> result = new java.util.HashSet<>();
        for (Facts.Unit unit : facts.units()) {
            String at = unit.plantId();
            for (int depth = 0; at != null && depth < 32; depth++) {
                if (id.equals(at)) {
                    result.add(unit.unitId());
                    break;
                }
                at = parent.get(at);
            }
        }
        return result;
    }

    /** Per-fact membership of a scope. */
    public record Selection(Kind kind, String id, Set<String> unitIds) {

        public boolean unit(Facts.Unit unit) {
            if (kind == Kind.PERSON) {
                return id.equals(unit.responsiblePersonId());
            }
            return unitIds == null || unitIds.contains(unit.unitId());
        }

        public boolean cycle(Facts.Cycle cycle) {
            if (kind == Kind.PERSON) {
                return cycle.assigneePersonIds().contains(id);
            }
            return unitIds == null || unitIds.contains(cycle.unitId());
        }

        public boolean check(Facts.Check check) {
            if (kind == Kind.PERSON) {
                return id.equals(check.personId());
            }
            return unitIds == null || unitIds.contains(check.unitId());
        }

        public boolean hazard(Facts.Hazard hazard) {
            if (kind == Kind.PERSON) {
                return id.equals(hazard.registrant()) || id.equals(hazard.liablePerson());
            }
            return unitIds == null || unitIds.contains(hazard.unitId());
        }
    }
}
