package cn.dualprevention.risk.riskunit.infrastructure;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.risk.riskunit.domain.GeoPoint;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import cn.dualprevention.risk.riskunit.domain.RiskUnits;
import cn.dualprevention.risk.riskunit.domain.UnitStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoRiskUnits implements RiskUnits {

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
    public Optional<RiskUnit> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RiskUnitDocument.class)).map(MongoRiskUnits::toDomain);
    }

    @Override
    public List<RiskUnit> ofEnterprise(String enterpriseId) {
        return mongo.find(Query.query(Criteria.where("enterpriseId").is(enterpriseId)), RiskUnitDocument.class).stream()
                .map(MongoRiskUnits::toDomain).toList();
    }

    private static RiskUnitDocument toDocument(RiskUnit u) {
        return new RiskUnitDocument(u.id(), u.version(), u.groupId(), u.enterpriseId(), u.hazardCode(), u.name(),
                u.responsibleDepartment(), u.responsiblePerson(), u.riskLevel().name(),
                u.location() == null ? null : u.location().longitude(),
                u.location() == null ? null : u.location().latitude(), u.status().name());
    }

    private static RiskUnit toDomain(RiskUnitDocument d) {
        GeoPoint location = d.longitude() == null ? null : new GeoPoint(d.longitude(), d.latitude());
        return new RiskUnit(d.id(), d.version(), d.groupId(), d.enterpriseId(), d.hazardCode(), d.name(),
                d.responsibleDepartment(), d.responsiblePerson(), RiskLevel.valueOf(d.riskLevel()), location,
                UnitStatus.valueOf(d.status()));
    }
}
