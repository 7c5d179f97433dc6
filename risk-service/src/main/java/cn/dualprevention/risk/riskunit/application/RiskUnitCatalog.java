package cn.dualprevention.risk.riskunit.application;

import cn.dualprevention.platform.errors.ConcurrentChangeException;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import cn.dualprevention.risk.enterprise.application.EnterpriseRegistry;
import cn.dualprevention.risk.enterprise.domain.Enterprise;
import cn.dualprevention.risk.riskobject.domain.RiskObject;
import cn.dualprevention.risk.riskobject.domain.RiskObjects;
import cn.dualprevention.risk.riskunit.domain.DynamicRiskRules;
import cn.dualprevention.risk.common.domain.VersionGuard;
import cn.dualprevention.risk.org.domain.OrgUnit;
import cn.dualprevention.risk.org.domain.OrgUnitKind;
import cn.dualprevention.risk.org.domain.Organisation;
import cn.dualprevention.risk.riskunit.domain.GeoPoint;
import cn.dualprevention.risk.riskunit.domain.GeoPolygon;
import cn.dualprevention.risk.riskunit.domain.QrTokens;
import cn.dualprevention.risk.riskunit.domain.UnitContents;
import cn.dualprevention.risk.riskunit.domain.UnitGeometry;
import cn.dualprevention.risk.riskunit.domain.LevelCause;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import cn.dualprevention.risk.riskunit.domain.RiskUnitCreated;
import cn.dualprevention.risk.riskunit.domain.RiskUnits;
import cn.dualprevention.risk.riskunit.domain.UnitCondition;
import cn.dualprevention.risk.riskunit.domain.UnitEvents;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** 风险分析单元清单 — the risk analysis units of the caller's enterprises, their life and their current level. */
@Service
public class RiskUnitCatalog {

    private static final int WRITE_ATTEMPTS = 5;

    private final RiskUnits units;
    private final RiskObjects objects;
    private final EnterpriseRegistry enterprises;
    private final Organisation organisation;
    private final UnitContents contents;
    private final DynamicRiskRules rules;
    private final Clock clock;

    public RiskUnitCatalog(RiskUnits units, RiskObjects objects, EnterpriseRegistry enterprises,
                           Organisation organisation, UnitContents contents, DynamicRiskRules rules, Clock clock) {
        this.units = units;
        this.objects = objects;
        this.enterprises = enterprises;
        this.organisation = organisation;
        this.contents = contents;
        this.rules = rules;
        this.clock = clock;
    }

    public RiskUnit create(CreateRiskUnit command) {
        Enterprise enterprise = enterprises.forInput(command.enterpriseId());
        RiskUnit unit = RiskUnit.create(Ids.newId(), enterprise.groupId(), enterprise.id(), enterprise.companyCode(),
                details(enterprise, command), command.riskLevel(), QrTokens.random());
        units.add(unit, List.of(new NewEvent(RiskUnitCreated.TYPE, unit.groupId(), unit.enterpriseId(), unit.id(),
                unit.created())));
        return unit;
    }

    public RiskUnit update(String id, CreateRiskUnit command) {
        return unguardedRetried(command.version(), () -> {
            RiskUnit unit = get(id);
            VersionGuard.expect("risk unit", id, unit.version(), command.version());
            Enterprise enterprise = enterprises.get(unit.enterpriseId());
            RiskUnit next = unit.update(enterprise.companyCode(), details(enterprise, command));
            units.change(next, List.of(event(next, RiskUnitCreated.UPDATED, next.created())));
            return next;
        });
    }

    public RiskUnit stop(String id, String reason) {
        return unguardedRetried(null, () -> {
            RiskUnit next = get(id).stop(clock.instant());
            units.change(next, List.of(event(next, UnitEvents.StoppedOrResumed.STOPPED,
                    new UnitEvents.StoppedOrResumed(next.id(), next.enterpriseId(), next.stoppedSince(), null, reason)),
                    event(next, RiskUnitCreated.UPDATED, next.created())));
            return next;
        });
    }

    public RiskUnit resume(String id, String reason) {
        return unguardedRetried(null, () -> {
            RiskUnit stopped = get(id);
            RiskUnit next = stopped.resume();
            // the stop's start names the stop (the regulator's unitStop record) that this resumption ends
            units.change(next, List.of(event(next, UnitEvents.StoppedOrResumed.RESUMED,
                    new UnitEvents.StoppedOrResumed(next.id(), next.enterpriseId(), stopped.stoppedSince(),
                            clock.instant(), reason)),
                    event(next, RiskUnitCreated.UPDATED, next.created())));
            return next;
        });
    }

    /**
     * Runs a unit write again (it re-reads the unit) when another write got in between, unless the person gave the
     * version they saw: the unit also counts what other services report (open hazards, active tasks, missed checks),
     * and such a count must not turn a person's stop, change or re-assessment into a 409.
     */
    private static <T> T unguardedRetried(Long expectedVersion, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (ConcurrentChangeException e) {
                if (expectedVersion != null || attempt == WRITE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Soft delete, refused (409 naming the rule) while hazards are open on the unit or tasks still check it.
     * Otherwise its risk events and their measures are soft-deleted first (each announced), then the unit
     * (risk.unit.deleted.v1 with the whole unit).
     */
    public void delete(String id, Long expectedVersion) {
        RiskUnit unit = get(id);
        VersionGuard.expect("risk unit", id, unit.version(), expectedVersion);
        unit.requireDeletable();
        contents.deleteWith(unit);
        RiskUnit next = unit.delete();
        units.change(next, List.of(event(next, UnitEvents.DELETED, next.created())));
    }

    /**
     * A new random QR token for the unit (the printed code is replaced); announced as risk.unit.updated.v1 so that
     * inspection-service compares check-ins with the new one.
     */
    public RiskUnit rotateQrToken(String id, Long expectedVersion) {
        return unguardedRetried(expectedVersion, () -> {
            RiskUnit unit = get(id);
            VersionGuard.expect("risk unit", id, unit.version(), expectedVersion);
            RiskUnit next = unit.rotateQrToken(QrTokens.random());
            units.change(next, List.of(event(next, RiskUnitCreated.UPDATED, next.created())));
            return next;
        });
    }

    /** The live units of a plant (厂区), with the plant's enterprise. */
    public record PlantUnits(String enterpriseId, List<RiskUnit> units) {
    }

    /** The live units in a plant, or in an area of it (厂区 and its 区域); the plant must be the caller's. */
    public PlantUnits inPlant(String plantId) {
        OrgUnit plant = organisation.unit(plantId).filter(u -> u.kind() == OrgUnitKind.PLANT && !u.deleted())
                .orElseThrow(() -> new NotFoundException("plant", plantId));
        CallerContext.require().requireAccess(plant.groupId(), plant.enterpriseId(), "plant", plantId);
        Set<String> places = new HashSet<>();
        places.add(plant.id());
        List<OrgUnit> all = organisation.unitsOf(plant.enterpriseId());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (OrgUnit u : all) {
                if (u.kind() == OrgUnitKind.AREA && !u.deleted() && places.contains(u.parentId()) && places.add(u.id())) {
                    grew = true;
                }
            }
        }
        return new PlantUnits(plant.enterpriseId(), units.atPlaces(places));
    }

    public RiskUnit get(String id) {
        Caller caller = CallerContext.require();
        RiskUnit unit = units.find(id).filter(u -> !u.deleted()).orElseThrow(() -> new NotFoundException("risk unit", id));
        caller.requireAccess(unit.groupId(), unit.enterpriseId(), "risk unit", id);
        return unit;
    }

    public List<RiskUnit> ofEnterprise(String enterpriseId) {
        return units.ofEnterprise(enterprises.get(enterpriseId).id());
    }

    /** A new assessed level from the unit's events (after an assessment); announces a change of the current level. */
    public void regrade(String unitId, RiskLevel assessed, String cause) {
        unguardedRetried(null, () -> {
            RiskUnit unit = units.find(unitId).orElseThrow(() -> new NotFoundException("risk unit", unitId));
            if (unit.riskLevel() == assessed) {
                return unit;
            }
            RiskUnit next = unit.regrade(assessed, rules);
            List<NewEvent> events = new ArrayList<>();
            events.add(event(next, RiskUnitCreated.UPDATED, next.created()));
            if (next.currentLevel() != unit.currentLevel()) {
                events.add(levelChanged(unit, next, "ASSESSMENT", cause));
            }
            units.change(next, events);
            return next;
        });
    }

    /**
     * Applies what another service reported about a unit (hazard opened or closed, task defined or retired,
     * check missed or done); announces a change of the current level with its cause. Unknown units are ignored.
     */
    public void report(String unitId, UnaryOperator<UnitCondition> change) {
        Optional<RiskUnit> found = unitId == null ? Optional.empty() : units.find(unitId);
        if (found.isEmpty()) {
            return;
        }
        RiskUnit unit = found.get();
        RiskUnit next = unit.withCondition(change.apply(unit.condition()), rules);
        List<NewEvent> events = new ArrayList<>();
        if (next.currentLevel() != unit.currentLevel()) {
            LevelCause cause = rules.currentLevel(next.riskLevel(), next.condition());
            events.add(levelChanged(unit, next, cause.causeType(), cause.cause()));
            events.add(event(next, RiskUnitCreated.UPDATED, next.created()));
        }
        units.change(next, events);
    }

    private NewEvent levelChanged(RiskUnit before, RiskUnit after, String causeType, String cause) {
        return event(after, UnitEvents.LevelChanged.TYPE, new UnitEvents.LevelChanged(after.id(), after.enterpriseId(),
                before.currentLevel().name(), after.currentLevel().name(), cause, causeType));
    }

    private static NewEvent event(RiskUnit unit, String type, Object payload) {
        return new NewEvent(type, unit.groupId(), unit.enterpriseId(), unit.id(), payload);
    }

    private RiskUnit.UnitDetails details(Enterprise enterprise, CreateRiskUnit c) {
        if (c.riskObjectId() != null) {
            RiskObject object = objects.find(c.riskObjectId()).filter(o -> o.enterpriseId().equals(enterprise.id()))
                    .orElseThrow(() -> new InvalidValueException("riskObjectId", "exists",
                            "no risk object " + c.riskObjectId() + " in enterprise " + enterprise.id()));
            if (c.hazardCode() != null && !c.hazardCode().trim().equals(object.hazardCode())) {
                throw new InvalidValueException("hazardCode", "matches-risk-object",
                        "the unit's hazardCode must be its risk object's " + object.hazardCode());
            }
        }
        if (c.plantId() != null && organisation.unit(c.plantId())
                .filter(u -> u.enterpriseId().equals(enterprise.id()) && !u.deleted()
                        && (u.kind() == OrgUnitKind.PLANT || u.kind() == OrgUnitKind.AREA)).isEmpty()) {
            throw new InvalidValueException("plantId", "exists", "no plant or area " + c.plantId() + " in enterprise "
                    + enterprise.id());
        }
        GeoPoint point = location(c.longitude(), c.latitude());
        GeoPolygon area = null;
        if (c.geometry() != null) {
            UnitGeometry.Shape shape = UnitGeometry.parse(c.geometry().type(), c.geometry().coordinates());
            area = shape.polygon();
            point = shape.point() != null ? shape.point() : point;
        }
        return new RiskUnit.UnitDetails(c.riskObjectId(), c.plantId(), c.hazardCode(), c.name(),
                c.responsibleDepartment(), c.responsibleDepartmentId(), c.responsiblePerson(), c.responsiblePersonId(),
                point, area);
    }


    private static GeoPoint location(Double longitude, Double latitude) {
        if (longitude == null && latitude == null) {
            return null;
        }
        if (longitude == null || latitude == null) {
            throw new InvalidValueException(longitude == null ? "longitude" : "latitude", "required",
                    "longitude and latitude go together");
        }
        return new GeoPoint(longitude, latitude);
    }
}
