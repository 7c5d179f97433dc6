package cn.dualprevention.assessment.facts.infrastructure;

import cn.dualprevention.assessment.facts.domain.Enterprise;
import cn.dualprevention.assessment.facts.domain.FactQuery;
import cn.dualprevention.assessment.facts.domain.Facts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

/** Reads the active generation of the fact collections into {@link Facts}. */
@Component
public class FactStore {

    private final MongoTemplate mongo;
    private final Generations generations;
    private final ZoneId defaultZone;

    FactStore(MongoTemplate mongo, Generations generations,
              @Value("${dp.assessment.default-time-zone:Asia/Shanghai}") String defaultZone) {
        this.mongo = mongo;
        this.generations = generations;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    public Facts load(FactQuery query) {
        int g = generations.active();
        Bson tenant = tenant(query);
        Date from = Date.from(query.from());
        Date to = Date.from(query.to());
        List<Facts.Unit> units = find(g, FactCollections.UNITS, tenant).stream().map(FactStore::unit).toList();
        List<Facts.Stop> stops = find(g, FactCollections.STOPS, and(tenant, lt("start", to))).stream()
                .filter(d -> d.getDate("start") != null).map(FactStore::stop).toList();
        Set<String> cancelled = new HashSet<>();
        find(g, FactCollections.CANCELLED, and(tenant, gt("windowEnd", from), lte("windowEnd", to)))
                .forEach(d -> cancelled.add(d.getString("_id")));
        List<Facts.Cycle> cycles = find(g, FactCollections.CYCLES, and(tenant, gt("windowEnd", from), lte("windowEnd", to)))
                .stream().map(FactStore::cycle).filter(c -> !cancelled.contains(c.cycleId()))
                .sorted(java.util.Comparator.comparing(Facts.Cycle::windowEnd).thenComparing(Facts.Cycle::cycleId)).toList();
        List<Facts.Missed> missed = find(g, FactCollections.MISSED, and(tenant, gt("windowEnd", from), lte("windowEnd", to)))
                .stream().map(FactStore::missed).toList();
        // the checks made in the period, and the checks of the period's cycles (never before their window opened,
        // possibly long after it, when late): one range query from the earliest window start, filtered here
        Set<String> cycleIds = new HashSet<>();
        Date earliest = from;
        for (Facts.Cycle cycle : cycles) {
            cycleIds.add(cycle.cycleId());
            if (cycle.windowStart() != null && cycle.windowStart().isBefore(earliest.toInstant())) {
                earliest = Date.from(cycle.windowStart());
            }
        }
        List<Facts.Check> checks = new ArrayList<>();
        for (Document d : find(g, FactCollections.RECORDS, and(tenant, gte("checkTime", earliest)))) {
            Date at = d.getDate("checkTime");
            if (cycleIds.contains(d.getString("cycleId")) || (!at.before(from) && at.before(to))) {
                checks.add(check(d));
            }
        }
        List<Facts.Hazard> hazards = find(g, FactCollections.HAZARDS, and(tenant, lt("registTime", to),
                or(eq("acceptTime", null), gte("acceptTime", from)))).stream().map(FactStore::hazard)
                .sorted(java.util.Comparator.comparing(Facts.Hazard::hazardId)).toList();
        Set<String> assessed = new HashSet<>();
        find(g, FactCollections.ASSESSMENTS, tenant).forEach(d -> assessed.add(d.getString("_id")));
        List<Facts.RiskEvent> riskEvents = find(g, FactCollections.RISK_EVENTS, tenant).stream()
                .map(d -> new Facts.RiskEvent(d.getString("_id"), d.getString("unitId"), d.getString("enterpriseId"),
                        assessed.contains(d.getString("_id")), d.getBoolean("deleted", false))).toList();
        List<Facts.Measure> measures = find(g, FactCollections.MEASURES, tenant).stream()
                .map(d -> new Facts.Measure(d.getString("_id"), d.getString("unitId"), d.getString("enterpriseId"),
                        d.getString("controlMode"), d.getBoolean("deleted", false))).toList();
        List<Facts.Person> people = find(g, FactCollections.PEOPLE, tenant).stream()
                .map(d -> new Facts.Person(d.getString("_id"), d.getString("enterpriseId"), d.getString("name"),
                        d.getString("departmentId"), d.getBoolean("deleted", false))).toList();
        List<Facts.RiskObject> objects = find(g, FactCollections.RISK_OBJECTS, and(tenant, eq("deleted", false))).stream()
                .map(d -> new Facts.RiskObject(d.getString("_id"), d.getString("enterpriseId"), d.getString("name"),
                        d.getBoolean("majorHazardSource", false), d.getString("mainPersonId"),
                        d.getString("technicalPersonId"), d.getString("operationalPersonId"))).toList();
        checks.sort(java.util.Comparator.comparing(Facts.Check::recordId));
        List<Facts.OrgUnit> orgUnits = find(g, FactCollections.ORG_UNITS, tenant).stream().map(FactStore::orgUnit).toList();
        return new Facts(units, stops, cycles, missed, checks, hazards, riskEvents, measures,
                people, objects, orgUnits);
    }

    public Optional<Enterprise> enterprise(String enterpriseId) {
        return find(generations.active(), FactCollections.ENTERPRISES, eq("_id", enterpriseId)).stream()
                .findFirst().map(this::enterprise);
    }

    public List<Enterprise> enterprises(String groupId) {
        return find(generations.active(), FactCollections.ENTERPRISES, eq("groupId", groupId)).stream()
                .map(this::enterprise).toList();
    }

    public List<Enterprise> allEnterprises() {
        return find(generations.active(), FactCollections.ENTERPRISES, new Document()).stream().map(this::enterprise).toList();
    }

    public Optional<Facts.Unit> unit(String unitId) {
        return find(generations.active(), FactCollections.UNITS, eq("_id", unitId)).stream().findFirst().map(FactStore::unit);
    }

    public Optional<Facts.Person> person(String personId) {
        return find(generations.active(), FactCollections.PEOPLE, eq("_id", personId)).stream().findFirst()
                .map(d -> new Facts.Person(d.getString("_id"), d.getString("enterpriseId"), d.getString("name"),
                        d.getString("departmentId"), d.getBoolean("deleted", false)));
    }

    public Optional<Facts.OrgUnit> orgUnit(String orgUnitId) {
        return find(generations.active(), FactCollections.ORG_UNITS, eq("_id", orgUnitId)).stream().findFirst()
                .map(FactStore::orgUnit);
    }

    private static Facts.OrgUnit orgUnit(Document d) {
        return new Facts.OrgUnit(d.getString("_id"), d.getString("enterpriseId"), d.getString("kind"), d.getString("parentId"),
                d.getString("name"), d.getBoolean("deleted", false));
    }

    /** The enterprise a department belongs to, found through a unit or a person of it. */
    public Optional<String> enterpriseOfDepartment(String departmentId) {
        int g = generations.active();
        return find(g, FactCollections.UNITS, eq("departmentId", departmentId)).stream()
                .map(d -> d.getString("enterpriseId")).findFirst()
                .or(() -> find(g, FactCollections.PEOPLE, eq("departmentId", departmentId)).stream()
                        .map(d -> d.getString("enterpriseId")).findFirst());
    }

    private Enterprise enterprise(Document d) {
        ZoneId zone = defaultZone;
        String tz = d.getString("timeZone");
        if (tz != null) {
            try {
                zone = ZoneId.of(tz);
            } catch (DateTimeException e) {
                zone = defaultZone;
            }
        }
        return new Enterprise(d.getString("_id"), d.getString("groupId"), d.getString("name"), zone);
    }

    public ZoneId defaultZone() {
        return defaultZone;
    }

    private List<Document> find(int generation, String base, Bson filter) {
        return mongo.getCollection(FactCollections.physical(generation, base)).find(filter).into(new ArrayList<>());
    }

    private static Bson tenant(FactQuery query) {
        List<Bson> parts = new ArrayList<>();
        if (query.groupId() != null) {
            parts.add(eq("groupId", query.groupId()));
        }
        if (query.enterpriseIds() != null) {
            parts.add(in("enterpriseId", query.enterpriseIds()));
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a fact query names a group or enterprises");
        }
        return parts.size() == 1 ? parts.get(0) : and(parts);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Document d, String field) {
        Object value = d.get(field);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static Facts.Unit unit(Document d) {
        return new Facts.Unit(d.getString("_id"), d.getString("groupId"), d.getString("enterpriseId"), d.getString("name"),
                d.getString("plantId"), d.getString("departmentId"), d.getString("department"), d.getString("responsiblePersonId"),
                d.getString("riskObjectId"),
                d.getString("riskLevel"), d.getBoolean("deleted", false));
    }

    private static Facts.Stop stop(Document d) {
        return new Facts.Stop(d.getString("_id"), d.getString("unitId"), d.getString("enterpriseId"), instant(d, "start"),
                instant(d, "end"));
    }

    private static Facts.Cycle cycle(Document d) {
        return new Facts.Cycle(d.getString("_id"), d.getString("groupId"), d.getString("enterpriseId"), d.getString("unitId"),
                d.getString("taskId"), instant(d, "windowStart"), instant(d, "windowEnd"), d.getString("workType"),
                strings(d, "assigneePersonIds"), d.getBoolean("suspended", false));
    }

    private static Facts.Missed missed(Document d) {
        return new Facts.Missed(d.getString("_id"), d.getString("recordId"), d.getString("unitId"),
                d.getString("enterpriseId"), instant(d, "windowEnd"));
    }

    private static Facts.Check check(Document d) {
        Object distance = d.get("distanceMeters");
        return new Facts.Check(d.getString("_id"), d.getString("cycleId"), d.getString("taskId"), d.getString("unitId"),
                d.getString("groupId"), d.getString("enterpriseId"), d.getString("checkStatus"), instant(d, "checkTime"),
                d.getString("personId"), d.getString("personName"), d.getString("workType"), d.getBoolean("late", false),
                d.getBoolean("locationMismatch", false), distance instanceof Number n ? n.doubleValue() : null,
                strings(d, "photoIds"), strings(d, "photoHashes"));
    }

    private static Facts.Hazard hazard(Document d) {
        return new Facts.Hazard(d.getString("_id"), d.getString("groupId"), d.getString("enterpriseId"), d.getString("unitId"),
                d.getString("recordId"), d.getString("level"), d.getString("state"), d.getString("manageType"),
                d.getString("liablePerson"), instant(d, "deadline"), instant(d, "originalDeadline"),
                instant(d, "acceptTime"), d.getString("registrant"), instant(d, "registTime"));
    }
}
