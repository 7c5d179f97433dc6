package cn.dualprevention.inspection.unitstop.infrastructure;

import cn.dualprevention.inspection.cycle.domain.StoppedUnits;
import cn.dualprevention.inspection.unitstop.domain.UnitStop;
import cn.dualprevention.inspection.unitstop.domain.UnitStops;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class MongoUnitStops implements UnitStops, StoppedUnits {

    /** Unit ids per query of {@link #periods(Collection, Instant, Instant)}. */
    private static final int UNITS_PER_QUERY = 1000;

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoUnitStops(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
        mongo.indexOps(UnitStopDocument.class).createIndex(new Index().on("unitId", Sort.Direction.ASC)
                .on("start", Sort.Direction.ASC).named("unit_start"));
    }

    @Override
    public void add(UnitStop stop, List<NewEvent> events) {
        store.insert(UnitStopDocument.of(stop), events);
    }

    @Override
    public void update(UnitStop stop, List<NewEvent> events) {
        store.update(UnitStopDocument.of(stop), events);
    }

    @Override
    public Optional<UnitStop> find(String id) {
        return Optional.ofNullable(mongo.findById(id, UnitStopDocument.class)).map(UnitStopDocument::toDomain);
    }

    @Override
    public List<UnitStop> overlapping(String unitId, Instant from, Instant to) {
        Query query = Query.query(Criteria.where("unitId").is(unitId).and("start").lt(to));
        return mongo.find(query, UnitStopDocument.class).stream().map(UnitStopDocument::toDomain)
                .filter(s -> s.overlaps(from, to)).toList();
    }

    @Override
    public List<UnitStop> ofEnterprise(String enterpriseId, String unitId) {
        Criteria criteria = Criteria.where("enterpriseId").is(enterpriseId);
        if (unitId != null) {
            criteria = criteria.and("unitId").is(unitId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "start")), UnitStopDocument.class)
                .stream().map(UnitStopDocument::toDomain).toList();
    }

    @Override
    public List<StopPeriod> periods(String unitId, Instant from, Instant to) {
        return overlapping(unitId, from, to).stream().map(s -> new StopPeriod(s.start(), s.end())).toList();
    }

    @Override
    public Map<String, List<StopPeriod>> periods(Collection<String> unitIds, Instant from, Instant to) {
        Map<String, List<StopPeriod>> result = new HashMap<>();
        List<String> ids = List.copyOf(unitIds);
        for (int i = 0; i < ids.size(); i += UNITS_PER_QUERY) {
            Query query = Query.query(Criteria.where("unitId").in(ids.subList(i, Math.min(ids.size(), i + UNITS_PER_QUERY)))
                    .and("start").lt(to));
            for (UnitStopDocument stop : mongo.find(query, UnitStopDocument.class)) {
                UnitStop domain = stop.toDomain();
                if (domain.overlaps(from, to)) {
                    result.computeIfAbsent(stop.unitId(), u -> new ArrayList<>()).add(new StopPeriod(domain.start(), domain.end()));
                }
            }
        }
        return result;
    }
}
