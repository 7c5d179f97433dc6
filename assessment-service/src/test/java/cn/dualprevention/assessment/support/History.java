package cn.dualprevention.assessment.support;

import cn.dualprevention.platform.test.TestEvents;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A generated event history as risk-, inspection- and hazard-service would publish it: each aggregate's versions
 * count up, each event goes to its service's topic keyed by aggregate id.
 */
public final class History {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String groupId;
    private final Map<String, Long> versions = new HashMap<>();
    private final List<Sent> events = new ArrayList<>();

    public record Sent(String topic, String key, String json) {
    }

    public History(String groupId) {
        this.groupId = groupId;
    }

    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    public List<Sent> events() {
        return events;
    }

    /** Adds an event about {@code aggregateId} with data given as alternating names and values. */
    public History add(String type, String enterpriseId, String aggregateId, Object... data) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < data.length; i += 2) {
            node.set((String) data[i], JSON.valueToTree(value(data[i + 1])));
        }
        long version = versions.merge(aggregateId, 1L, Long::sum);
        String json = TestEvents.envelope(UUID.randomUUID().toString(), type, groupId, enterpriseId, aggregateId, version,
                "tester", Instant.now(), JSON.writeValueAsString(node));
        String topic = type.startsWith("risk.") ? "dp.risk.events"
                : type.startsWith("inspection.") ? "dp.inspection.events" : "dp.hazard.events";
        events.add(new Sent(topic, aggregateId, json));
        return this;
    }

    private static Object value(Object v) {
        if (v instanceof Instant i) {
            return i.toString();
        }
        return v;
    }

    private int sent;

    /** How many events this history has sent so far. */
    public int sentCount() {
        return sent;
    }

    public void sendTo(KafkaTemplate<String, String> kafka) {
        sent += events.size();
        for (Sent e : events) {
            kafka.send(e.topic(), e.key(), e.json());
        }
        kafka.flush();
        events.clear();
    }

    // ---- shorthands for the usual events ----

    public History enterprise(String enterpriseId, String name) {
        return add("risk.enterprise.registered.v1", enterpriseId, enterpriseId, "enterpriseId", enterpriseId,
                "groupId", groupId, "name", name, "timeZone", "Asia/Shanghai");
    }

    public History unit(String enterpriseId, String unitId, String departmentId, String personId) {
        return unit(enterpriseId, unitId, null, departmentId, personId);
    }

    public History unit(String enterpriseId, String unitId, String plantId, String departmentId, String personId) {
        return add("risk.unit.created.v1", enterpriseId, unitId, "unitId", unitId, "enterpriseId", enterpriseId,
                "name", "unit " + unitId, "plantId", plantId, "responsibleDepartmentId", departmentId, "responsiblePersonId", personId,
                "riskLevel", "CONSIDERABLE", "status", "IN_SERVICE");
    }

    public History orgUnit(String enterpriseId, String orgUnitId, String kind, String parentId) {
        return add("risk.org-unit.created.v1", enterpriseId, orgUnitId, "orgUnitId", orgUnitId, "enterpriseId", enterpriseId,
                "kind", kind, "parentId", parentId, "name", kind + " " + orgUnitId, "deleted", false);
    }

    public History person(String enterpriseId, String personId, String departmentId) {
        return add("risk.person.changed.v1", enterpriseId, personId, "personId", personId, "enterpriseId", enterpriseId,
                "name", "person " + personId, "departmentId", departmentId, "deleted", false);
    }

    public History cycle(String enterpriseId, String cycleId, String taskId, String unitId, String workType, String person,
                         Instant windowStart, Instant windowEnd, boolean suspended) {
        return add("inspection.cycle.generated.v1", enterpriseId, cycleId, "cycleId", cycleId, "taskId", taskId,
                "unitId", unitId, "enterpriseId", enterpriseId, "windowStart", windowStart, "windowEnd", windowEnd,
                "workType", workType, "assigneePersonIds", List.of(person), "state", suspended ? "SUSPENDED" : "OPEN");
    }

    public History record(String enterpriseId, String recordId, String cycleId, String taskId, String unitId, String person,
                          String status, Instant checkTime, boolean late, double distance, List<String> photoIds) {
        return add("inspection.record.submitted.v1", enterpriseId, recordId, "recordId", recordId, "cycleId", cycleId,
                "taskId", taskId, "unitId", unitId, "enterpriseId", enterpriseId, "checkStatus", status,
                "checkTime", checkTime, "personId", person, "personName", "person " + person, "workType", "ROUTINE",
                "late", late, "locationMismatch", distance > 500, "distanceMeters", distance, "photoIds", photoIds);
    }

    public History missed(String enterpriseId, String cycleId, String taskId, String unitId, Instant windowEnd) {
        return add("inspection.cycle.missed.v1", enterpriseId, "missed-" + cycleId, "recordId", "missed-" + cycleId,
                "cycleId", cycleId, "taskId", taskId, "unitId", unitId, "enterpriseId", enterpriseId, "windowEnd", windowEnd);
    }

    /** A hazard event carrying the full hazard, as hazard-service sends it. */
    public History hazard(String type, String enterpriseId, String hazardId, String unitId, String level, String state,
                          String registrant, Instant registTime, Instant deadline, Instant originalDeadline,
                          String liablePerson, Instant acceptTime) {
        List<Object> data = new ArrayList<>(List.of("hazardId", hazardId, "enterpriseId", enterpriseId, "unitId", unitId,
                "level", level, "state", state, "registrant", registrant, "registTime", registTime,
                "manageType", deadline == null ? "ON_THE_SPOT" : "BY_DEADLINE"));
        if (deadline != null) {
            data.addAll(List.of("deadline", deadline, "originalDeadline", originalDeadline));
        }
        if (liablePerson != null) {
            data.addAll(List.of("liablePerson", liablePerson));
        }
        if (acceptTime != null) {
            data.addAll(List.of("acceptTime", acceptTime, "nationalState", "9"));
        }
        return add(type, enterpriseId, hazardId, data.toArray());
    }
}
