package cn.dualprevention.risk.riskunit.infrastructure;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.risk.org.domain.RiskUnitsInOrg;
import cn.dualprevention.risk.riskunit.domain.GeoPoint;
import cn.dualprevention.risk.riskunit.domain.GeoPolygon;
import cn.dualprevention.risk.riskunit.domain.OpenHazard;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import cn.dualprevention.risk.riskunit.domain.RiskUnits;
import cn.dualprevention.risk.riskunit.domain.UnitCondition;
import cn.dualprevention.risk.riskunit.domain.UnitStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

@Repository
class MongoRiskUnits implements RiskUnits, RiskUnitsInOrg {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoRiskUnits(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void add(RiskUnit unit, List<NewEvent> events) {
        store.insert(toDocument(unit), events);
    }

    @Override
    public void change(RiskUnit unit, List<NewEvent> events) {
        store.update(toDocument(unit), events);
    }

    @Override
    public Optional<RiskUnit> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RiskUnitDocument.class)).map(MongoRiskUnits::toDomain);
    }

    @Override
    public List<RiskUnit> ofEnterprise(String enterpriseId) {
        return live(Criteria.where("enterpriseId").is(enterpriseId));
    }

    @Override
    public List<RiskUnit> ofRiskObject(String riskObjectId) {
        return live(Criteria.where("riskObjectId").is(riskObjectId));
    }

    @Override
    public List<RiskUnit> atPlaces(Collection<String> plantOrAreaIds) {
        return live(Criteria.where("plantId").in(plantOrAreaIds));
    }

    @Override
    public boolean addIfAbsent(RiskUnit unit, List<NewEvent> events) {
        try {
            store.insert(toDocument(unit), events);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public int liveReferring(String orgUnitId) {
        return (int) mongo.count(Query.query(new Criteria().orOperator(Criteria.where("plantId").is(orgUnitId),
                Criteria.where("responsibleDepartmentId").is(orgUnitId)).and("deleted").ne(true)), RiskUnitDocument.class);
    }

    private List<RiskUnit> live(Criteria criteria) {
        return mongo.find(Query.query(criteria.and("deleted").ne(true)), RiskUnitDocument.class).stream()
                .map(MongoRiskUnits::toDomain).toList();
    }

    private static RiskUnitDocument toDocument(RiskUnit u) {
        UnitCondition c = u.condition();
        return new RiskUnitDocument(u.id(), u.version(), u.groupId(), u.enterpriseId(), u.riskObjectId(), u.plantId(),
                u.hazardCode(), u.name(), u.responsibleDepartment(), u.responsibleDepartmentId(), u.responsiblePerson(),
                u.responsiblePersonId(), u.riskLevel().name(), u.currentLevel().name(),
                u.location() == null ? null : u.location().longitude(),
                u.location() == null ? null : u.location().latitude(),
                u.area() == null ? null : u.area().coordinates(), u.status().name(), u.qrToken(), u.deleted(),
                c.openHazards().stream().map(h -> new RiskUnitDocument.OpenHazardEntry(h.hazardId(), h.name(), h.major(),
                        h.measureId())).toList(), List.copyOf(c.activeTaskIds()), c.missedInRow(), u.stoppedSince());
    }

    private static RiskUnit toDomain(RiskUnitDocument d) {
        GeoPoint location = d.longitude() == null ? null : new GeoPoint(d.longitude(), d.latitude());
        GeoPolygon area = d.polygon() == null ? null : new GeoPolygon(d.polygon().stream()
                .map(ring -> ring.stream().map(p -> new GeoPoint(p.get(0), p.get(1))).toList()).toList());
        UnitCondition condition = new UnitCondition(
                d.openHazards() == null ? List.of() : d.openHazards().stream()
                        .map(h -> new OpenHazard(h.hazardId(), h.name(), h.major(), h.measureId())).toList(),
                d.activeTaskIds() == null ? java.util.Set.of() : new LinkedHashSet<>(d.activeTaskIds()),
                d.missedInRow() == null ? 0 : d.missedInRow());
        return new RiskUnit(d.id(), d.version(), d.groupId(), d.enterpriseId(), d.riskObjectId(), d.plantId(),
                d.hazardCode(), d.name(), d.responsibleDepartment(), d.responsibleDepartmentId(), d.responsiblePerson(),
                d.responsiblePersonId(), RiskLevel.valueOf(d.riskLevel()),
                d.currentLevel() == null ? null : RiskLevel.valueOf(d.currentLevel()), location, area,
                UnitStatus.valueOf(d.status()), d.qrToken() == null ? d.id() : d.qrToken(),
                Boolean.TRUE.equals(d.deleted()), condition, d.stoppedSince());
    }
}
