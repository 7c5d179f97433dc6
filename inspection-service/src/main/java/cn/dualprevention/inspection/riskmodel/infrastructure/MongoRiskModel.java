package cn.dualprevention.inspection.riskmodel.infrastructure;

import cn.dualprevention.inspection.riskmodel.domain.Person;
import cn.dualprevention.inspection.riskmodel.domain.RiskModel;
import cn.dualprevention.inspection.riskmodel.domain.UnitSite;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class MongoRiskModel implements RiskModel {

    private final MongoTemplate mongo;

    MongoRiskModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<UnitSite> unit(String unitId) {
        Document d = mongo.findById(unitId, Document.class, RiskUnitReplica.UNITS);
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(new UnitSite(unitId, d.getString("groupId"), d.getString("enterpriseId"),
                d.getString("riskObjectId"), d.getString("name"), number(d.get("longitude")), number(d.get("latitude")),
                d.getString("qrToken"), d.getString("status")));
    }

    @Override
    public Optional<Person> person(String personId) {
        Document d = mongo.findById(personId, Document.class, RiskUnitReplica.PEOPLE);
        if (d == null || Boolean.TRUE.equals(d.getBoolean("deleted"))) {
            return Optional.empty();
        }
        return Optional.of(toPerson(d));
    }

    @Override
    public Map<String, List<String>> postHolders(String enterpriseId) {
        Map<String, List<String>> holders = new HashMap<>();
        Query query = Query.query(Criteria.where("enterpriseId").is(enterpriseId).and("deleted").ne(true));
        for (Document d : mongo.find(query, Document.class, RiskUnitReplica.PEOPLE)) {
            for (String post : toPerson(d).postIds()) {
                holders.computeIfAbsent(post, p -> new ArrayList<>()).add(d.getString("_id"));
            }
        }
        holders.values().forEach(list -> list.sort(null));
        return holders;
    }

    @Override
    public ZoneId timeZone(String enterpriseId) {
        Document d = enterpriseId == null ? null : mongo.findById(enterpriseId, Document.class, RiskUnitReplica.ENTERPRISES);
        String zone = d == null ? null : d.getString("timeZone");
        if (zone == null || zone.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }

    private static Person toPerson(Document d) {
        List<String> posts = d.getList("postIds", String.class);
        return new Person(d.getString("_id"), d.getString("enterpriseId"), d.getString("name"), d.getString("mobile"),
                posts == null ? List.of() : List.copyOf(posts));
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
