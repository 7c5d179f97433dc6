package cn.dualprevention.assessment.facts.infrastructure;

import cn.dualprevention.platform.events.EventEnvelope;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each event of risk, inspection and hazard means for the fact collections — a pure function from an
 * envelope to version-guarded writes, shared by the incremental consumer and the full rebuild so both
 * produce the same documents. Every collection is fed by one aggregate's events and each write carries
 * every field that event knows, so the order of redeliveries does not matter.
 */
final class FactProjection {

    static final Set<String> TYPES = Set.of(
            "risk.enterprise.registered.v1", "risk.enterprise.updated.v1",
            "risk.org-unit.created.v1", "risk.org-unit.updated.v1", "risk.org-unit.deleted.v1",
            "risk.unit.created.v1", "risk.unit.updated.v1", "risk.unit.deleted.v1",
            "risk.object.created.v1", "risk.object.updated.v1", "risk.object.deleted.v1",
            "risk.event.created.v1", "risk.event.updated.v1", "risk.event.deleted.v1", "risk.event.assessed.v1",
            "risk.measure.created.v1", "risk.measure.updated.v1", "risk.measure.deleted.v1",
            "risk.person.changed.v1",
            "inspection.task.defined.v1", "inspection.task.changed.v1", "inspection.task.retired.v1",
            "inspection.cycle.generated.v1", "inspection.cycle.cancelled.v1", "inspection.cycle.missed.v1",
            "inspection.record.submitted.v1",
            "inspection.unit.stopped.v1", "inspection.unit.resumed.v1",
            "hazard.registered.v1", "hazard.confirmed.v1", "hazard.rejected.v1", "hazard.plan-set.v1",
            "hazard.extension-requested.v1", "hazard.extension-decided.v1", "hazard.submitted.v1",
            "hazard.accepted.v1", "hazard.sent-back.v1", "hazard.reopened.v1", "hazard.overdue-step.v1");

    private FactProjection() {
    }

    static List<FactWrite> writes(EventEnvelope event) {
        JsonNode d = event.data();
        long v = event.aggregateVersion();
        String type = event.type();
        if (d == null || !TYPES.contains(type)) {
            return List.of();
        }
        // created / updated / deleted events carry the whole state; a deleted one says so
        boolean deleted = type.endsWith(".deleted.v1") || bool(d, "deleted");
        if (type.startsWith("hazard.")) {
            return List.of(hazard(event, d, v));
        }
        return switch (type) {
            case "risk.enterprise.registered.v1", "risk.enterprise.updated.v1" -> one(FactCollections.ENTERPRISES,
                    text(d, "enterpriseId", event.enterpriseId()), v, tenant(event,
                            "name", text(d, "name"), "timeZone", text(d, "timeZone")));
            case "risk.org-unit.created.v1", "risk.org-unit.updated.v1", "risk.org-unit.deleted.v1" -> one(
                    FactCollections.ORG_UNITS, text(d, "orgUnitId"), v, tenant(event, "kind", text(d, "kind"),
                            "parentId", text(d, "parentId"), "name", text(d, "name"), "deleted", deleted));
            case "risk.unit.created.v1", "risk.unit.updated.v1", "risk.unit.deleted.v1" -> one(FactCollections.UNITS,
                    text(d, "unitId"), v,
                    tenant(event, "name", text(d, "name"), "plantId", text(d, "plantId"),
                            "departmentId", text(d, "responsibleDepartmentId"),
                            "department", text(d, "responsibleDepartment"),
                            "responsiblePersonId", text(d, "responsiblePersonId"), "riskObjectId", text(d, "riskObjectId"),
                            "riskLevel", text(d, "riskLevel"), "deleted", deleted));
            case "risk.object.created.v1", "risk.object.updated.v1", "risk.object.deleted.v1" -> one(FactCollections.RISK_OBJECTS,
                    text(d, "riskObjectId"), v, tenant(event, "name", text(d, "name"),
                            "majorHazardSource", bool(d, "majorHazardSource"),
                            "mainPersonId", text(d, "mainResponsiblePersonId"),
                            "technicalPersonId", text(d, "technicalResponsiblePersonId"),
                            "operationalPersonId", text(d, "operationalResponsiblePersonId"), "deleted", deleted));
            case "risk.event.created.v1", "risk.event.updated.v1", "risk.event.deleted.v1" -> one(FactCollections.RISK_EVENTS,
                    text(d, "riskEventId"), v, tenant(event, "unitId", text(d, "unitId"), "deleted", deleted));
            case "risk.event.assessed.v1" -> one(FactCollections.ASSESSMENTS, text(d, "riskEventId"), v,
                    tenant(event, "unitId", text(d, "unitId"), "level", text(d, "level"), "kind", text(d, "kind")));
            case "risk.measure.created.v1", "risk.measure.updated.v1", "risk.measure.deleted.v1" -> one(FactCollections.MEASURES,
                    text(d, "measureId"), v, tenant(event, "unitId", text(d, "unitId"),
                            "controlMode", text(d, "controlMode"), "deleted", deleted));
            case "risk.person.changed.v1" -> one(FactCollections.PEOPLE, text(d, "personId"), v,
                    tenant(event, "name", text(d, "name"), "departmentId", text(d, "departmentId"),
                            "deleted", bool(d, "deleted")));
            case "inspection.task.defined.v1", "inspection.task.changed.v1" -> one(FactCollections.TASKS,
                    text(d, "taskId"), v, tenant(event, "unitId", text(d, "unitId"), "measureId", text(d, "measureId"),
                            "workType", text(d, "workType"), "retired", false));
            case "inspection.task.retired.v1" -> one(FactCollections.TASKS, text(d, "taskId"), v,
                    tenant(event, "unitId", text(d, "unitId"), "measureId", text(d, "measureId"),
                            "workType", text(d, "workType"), "retired", true));
            case "inspection.cycle.generated.v1" -> one(FactCollections.CYCLES, text(d, "cycleId"), v,
                    tenant(event, "unitId", text(d, "unitId"), "taskId", text(d, "taskId"),
                            "windowStart", date(d, "windowStart"), "windowEnd", date(d, "windowEnd"),
                            "workType", text(d, "workType"), "assigneePersonIds", texts(d, "assigneePersonIds"),
                            "suspended", "SUSPENDED".equals(text(d, "state"))));
            case "inspection.cycle.cancelled.v1" -> one(FactCollections.CANCELLED, text(d, "cycleId"), v,
                    tenant(event, "unitId", text(d, "unitId"), "windowEnd", date(d, "windowEnd"),
                            "reason", text(d, "reason")));
            case "inspection.cycle.missed.v1" -> one(FactCollections.MISSED, text(d, "cycleId"), v,
                    tenant(event, "recordId", text(d, "recordId"), "unitId", text(d, "unitId"),
                            "windowEnd", date(d, "windowEnd")));
            case "inspection.record.submitted.v1" -> one(FactCollections.RECORDS, text(d, "recordId"), v,
                    tenant(event, "cycleId", text(d, "cycleId"), "taskId", text(d, "taskId"), "unitId", text(d, "unitId"),
                            "checkStatus", text(d, "checkStatus"), "checkTime", date(d, "checkTime"),
                            "personId", text(d, "personId"), "personName", text(d, "personName"),
                            "workType", text(d, "workType"), "late", bool(d, "late"),
                            "locationMismatch", bool(d, "locationMismatch"), "distanceMeters", number(d, "distanceMeters"),
                            "photoIds", texts(d, "photoIds"), "photoHashes", texts(d, "photoHashes")));
            case "inspection.unit.stopped.v1", "inspection.unit.resumed.v1" -> one(FactCollections.STOPS,
                    text(d, "stopId"), v, tenant(event, "unitId", text(d, "unitId"),
                            "start", date(d, "stopStartTime"), "end", date(d, "stopEndTime")));
            default -> List.of();
        };
    }

    private static FactWrite hazard(EventEnvelope event, JsonNode d, long v) {
        return new FactWrite(FactCollections.HAZARDS, text(d, "hazardId", event.aggregateId()), v, tenant(event,
                "unitId", text(d, "unitId"), "recordId", text(d, "recordId"), "level", text(d, "level"),
                "state", text(d, "state"), "manageType", text(d, "manageType"), "liablePerson", text(d, "liablePerson"),
                "deadline", date(d, "deadline"), "originalDeadline", date(d, "originalDeadline"),
                "acceptTime", date(d, "acceptTime"), "registrant", text(d, "registrant"),
                "registTime", date(d, "registTime")));
    }

    private static List<FactWrite> one(String collection, String id, long version, Map<String, Object> fields) {
        if (id == null) {
            return List.of();
        }
        return List.of(new FactWrite(collection, id, version, fields));
    }

    /** Fields in pairs; every named field is written, absent ones as null, so a stale value never survives. */
    private static Map<String, Object> tenant(EventEnvelope event, Object... pairs) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("groupId", event.groupId());
        fields.put("enterpriseId", event.enterpriseId());
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static String text(JsonNode d, String name) {
        return text(d, name, null);
    }

    private static String text(JsonNode d, String name, String fallback) {
        JsonNode value = d.get(name);
        return value == null || value.isNull() ? fallback : value.asString();
    }

    private static boolean bool(JsonNode d, String name) {
        JsonNode value = d.get(name);
        return value != null && value.asBoolean();
    }

    private static Double number(JsonNode d, String name) {
        JsonNode value = d.get(name);
        return value == null || value.isNull() || !value.isNumber() ? null : value.asDouble();
    }

    private static Date date(JsonNode d, String name) {
        String value = text(d, name);
        return value == null ? null : Date.from(Instant.parse(value));
    }

    private static List<String> texts(JsonNode d, String name) {
        JsonNode value = d.get(name);
        List<String> result = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                result.add(value.get(i).asString());
            }
        }
        return result;
    }
}
