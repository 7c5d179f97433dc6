package cn.dualprevention.assessment.facts.domain;

import java.time.Instant;
import java.util.List;

/**
 * The facts this service keeps from the other services' events (事实), loaded for one question: the units,
 * cycles, records, hazards … of a scope around a period. Plain values; the indicator, score and warning
 * models compute everything from these and nothing else.
 */
public record Facts(List<Unit> units, List<Stop> stops, List<Cycle> cycles, List<Missed> missed, List<Check> checks,
                    List<Hazard> hazards, List<RiskEvent> riskEvents, List<Measure> measures, List<Person> people,
                    List<RiskObject> riskObjects, List<OrgUnit> orgUnits) {

    public Facts {
        units = List.copyOf(units);
        stops = List.copyOf(stops);
        cycles = List.copyOf(cycles);
        missed = List.copyOf(missed);
        checks = List.copyOf(checks);
        hazards = List.copyOf(hazards);
        riskEvents = List.copyOf(riskEvents);
        measures = List.copyOf(measures);
        people = List.copyOf(people);
        riskObjects = List.copyOf(riskObjects);
        orgUnits = List.copyOf(orgUnits);
    }

    /** The facts of one enterprise out of a group's. */
    public Facts only(String enterpriseId) {
        java.util.function.Predicate<String> is = enterpriseId::equals;
        return new Facts(units.stream().filter(u -> is.test(u.enterpriseId())).toList(),
                stops.stream().filter(x -> is.test(x.enterpriseId())).toList(),
                cycles.stream().filter(x -> is.test(x.enterpriseId())).toList(),
                missed.stream().filter(x -> is.test(x.enterpriseId())).toList(),
                checks.stream().filter(x -> is.test(x.enterpriseId())).toList(),
                hazards.stream().filter(x -> is.test(x.enterpriseId())).toList(),
                riskEvents.stream().filter(x -> is.test(x.enterpriseId())).toList(),
                measures.stream().filter(x -> is.test(x.enterpriseId())).toList(),
                people.stream().filter(x -> is.test(x.enterpriseId())).toList(),
                riskObjects.stream().filter(x -> is.test(x.enterpriseId())).toList(),
                orgUnits.stream().filter(x -> is.test(x.enterpriseId())).toList());
    }

    public static Facts empty() {
        return new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** 风险分析单元. */
    public record Unit(String unitId, String groupId, String enterpriseId, String name, String plantId, String departmentId,
                       String department, String responsiblePersonId, String riskObjectId, String riskLevel,
                       boolean deleted) {
    }

    /** 停用 — a unit stop; {@code end} null while the unit is still stopped. */
    public record Stop(String stopId, String unitId, String enterpriseId, Instant start, Instant end) {

        public boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && (end == null || end.isAfter(from));
        }
    }

    /** 排查周期 — one cycle of an inspection task; {@code suspended} when inspection generated it for a stopped unit. */
    public record Cycle(String cycleId, String groupId, String enterpriseId, String unitId, String taskId,
                        Instant windowStart, Instant windowEnd, String workType, List<String> assigneePersonIds,
                        boolean suspended) {

        public Cycle {
            assigneePersonIds = assigneePersonIds == null ? List.of() : List.copyOf(assigneePersonIds);
        }

        /** 包保 duty: the three guarantors of a major hazard source (workType MAIN, TECHNICAL, OPERATIONAL). */
        public boolean guarantorDuty() {
            return "MAIN".equals(workType) || "TECHNICAL".equals(workType) || "OPERATIONAL".equals(workType);
        }
    }

    /** 超期未排查 — inspection's "not inspected" record for a cycle that ended without a check. */
    public record Missed(String cycleId, String recordId, String unitId, String enterpriseId, Instant windowEnd) {
    }

    /** 排查记录 — a submitted inspection record. */
    public record Check(String recordId, String cycleId, String taskId, String unitId, String groupId,
                        String enterpriseId, String checkStatus, Instant checkTime, String personId,
                        String personName, String workType, boolean late, boolean locationMismatch,
                        Double distanceMeters, List<String> photoIds, List<String> photoHashes) {

        public Check {
            photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
            photoHashes = photoHashes == null ? List.of() : List.copyOf(photoHashes);
        }

        /** A record that is an actual check (anything but 未排查 NOT_INSPECTED). */
        public boolean inspected() {
            return !"NOT_INSPECTED".equals(checkStatus);
        }

        public boolean hazardFound() {
            return "HAZARD_FOUND".equals(checkStatus);
        }
    }

    /** 隐患 — the current state of a hidden hazard as hazard-service last announced it. */
    public record Hazard(String hazardId, String groupId, String enterpriseId, String unitId, String recordId,
                         String level, String state, String manageType, String liablePerson, Instant deadline,
                         Instant originalDeadline, Instant acceptTime, String registrant, Instant registTime) {

        public boolean major() {
            return "MAJOR".equals(level);
        }

        /** Rejected (不是隐患) or not yet confirmed hazards never needed remediation. */
        public boolean needsRemediation() {
            return !"REJECTED".equals(state) && !"AWAITING_CONFIRMATION".equals(state);
        }

        public boolean acceptedBefore(Instant at) {
            return "ACCEPTED".equals(state) && acceptTime != null && acceptTime.isBefore(at);
        }

        /** Accepted by its deadline (the extended one when an extension was approved); no deadline counts as on time. */
        public boolean acceptedOnTime() {
            return acceptTime != null && (deadline == null || !acceptTime.isAfter(deadline));
        }

        public boolean extended() {
            return originalDeadline != null && deadline != null && !originalDeadline.equals(deadline);
        }

        /** 超期 — needing remediation, not accepted by {@code at}, its deadline before {@code at}. */
        public boolean overdueAt(Instant at) {
            return needsRemediation() && registTime != null && registTime.isBefore(at) && deadline != null
                    && deadline.isBefore(at) && !acceptedBefore(at);
        }
    }

    /** 风险事件, with whether it has been assessed (评价) at least once. */
    public record RiskEvent(String riskEventId, String unitId, String enterpriseId, boolean assessed, boolean deleted) {
    }

    /** 管控措施. */
    public record Measure(String measureId, String unitId, String enterpriseId, String controlMode, boolean deleted) {
    }

    /** A person of the enterprise's organisation. */
    public record Person(String personId, String enterpriseId, String name, String departmentId, boolean deleted) {
    }

    /** An org unit of an enterprise: a plant (厂区), an area under it, or a department; {@code parentId} null at the top. */
    public record OrgUnit(String orgUnitId, String enterpriseId, String kind, String parentId, String name, boolean deleted) {
    }

    /** 风险分析对象; the three 包保 guarantors when it is a major hazard source. */
    public record RiskObject(String riskObjectId, String enterpriseId, String name, boolean majorHazardSource,
                             String mainPersonId, String technicalPersonId, String operationalPersonId) {
    }
}
