package cn.dualprevention.inspection.record.domain;

import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.riskmodel.domain.Person;
import cn.dualprevention.inspection.riskmodel.domain.UnitSite;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * 隐患排查记录 — the record of one cycle: what the inspector found, when, with which phone and check-in evidence. One
 * record per cycle (the first wins); a cycle that ends without one gets a NOT_INSPECTED record (missed).
 *
 * @param clientId         the phone's own id for the record; sending it again has no second effect
 * @param late             checked at or after the end of the window
 * @param replacesRecordId for a phone's record that arrived after its cycle was marked missed (inside the offline
 *                         grace): the NOT_INSPECTED record it corrects
 * @param supersededBy     for a NOT_INSPECTED record corrected that way: the record that replaced it (kept for history)
 */
public record InspectionRecord(String id, long version, String groupId, String enterpriseId, String clientId,
                               String cycleId, String taskId, String measureId, String unitId, String riskObjectId,
                               CheckStatus status, HazardFinding hazard, Instant checkTime, String personId,
                               String personName, String mobile, String deviceId, CheckIn checkIn, boolean late,
                               String remarks, List<String> photoIds, String workType, Instant submittedAt,
                               String replacesRecordId, String supersededBy) {

    /** How far a check time may lie ahead of the server's clock (phones' clocks drift). */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private static final int REMARKS_MAX = 1000;

    public InspectionRecord {
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    /** The inspector's record of a cycle; throws {@link RejectedSubmission} when it breaks a rule. */
    public static InspectionRecord submitted(String id, String clientId, InspectionCycle cycle, String personId,
                                             Person person, UnitSite unit, CheckStatus status, HazardFinding hazard,
                                             Instant checkTime, String deviceId, CheckIn checkIn, String remarks,
                                             List<String> photoIds, Instant now) {
        if (status == CheckStatus.NOT_INSPECTED) {
            throw new RejectedSubmission(Rejection.input("status", "bad-status",
                    "NOT_INSPECTED is recorded by the service for a missed cycle, not submitted"));
        }
        if ((status == CheckStatus.HAZARD_FOUND) != (hazard != null)) {
            throw new RejectedSubmission(Rejection.input("hazard", status == CheckStatus.HAZARD_FOUND ? "required" : "only-with-hazard-found",
                    "a hazard is described exactly when the status is HAZARD_FOUND"));
        }
        if (checkTime == null) {
            throw new RejectedSubmission(Rejection.input("checkTime", "required", "the check time is required"));
        }
        if (checkTime.isAfter(now.plus(CLOCK_SKEW))) {
            throw new RejectedSubmission(Rejection.input("checkTime", "not-in-future", "the check time lies in the future"));
        }
        if (checkTime.isBefore(cycle.windowStart())) {
            throw new RejectedSubmission(Rejection.input("checkTime", "inside-window",
                    "the check time lies before the cycle's window (" + cycle.windowStart() + ")"));
        }
        if (deviceId == null || deviceId.isBlank()) {
            throw new RejectedSubmission(Rejection.input("deviceId", "required", "the device id (mobileMe) is required"));
        }
        if (remarks != null && remarks.length() > REMARKS_MAX) {
            throw new RejectedSubmission(Rejection.input("remarks", "max-1000", "remarks are at most 1000 characters"));
        }
        return new InspectionRecord(id, 1, cycle.groupId(), cycle.enterpriseId(), clientId, cycle.id(), cycle.taskId(),
                cycle.measureId(), cycle.unitId(), unit == null ? null : unit.riskObjectId(), status, hazard, checkTime,
                personId, person == null ? null : person.name(), person == null ? null : person.mobile(), deviceId,
                checkIn, cycle.isLate(checkTime), remarks, photoIds, cycle.workType(), now, null, null);
    }

    /** How a phone's record of a cycle is taken. */
    public enum Admission {
        /** The cycle is open: the record is its first. */
        FIRST,
        /** The cycle was marked missed while the phone was offline: the record corrects the NOT_INSPECTED one. */
        CORRECTION
    }

    /**
     * Whether a person may still record this cycle. An OPEN cycle takes a first record. A MISSED cycle takes a phone's
     * record as a correction until {@code offlineGrace} after its window closed (补录: the phone was offline when the
     * window ended); later it is refused with {@link Rejection#OFFLINE_GRACE_EXPIRED}. A DONE cycle is closed; a
     * suspended or cancelled one takes no record.
     */
    public static Admission admit(InspectionCycle cycle, String personId, Instant now, Duration offlineGrace) {
        if (!cycle.isAssigned(personId)) {
            throw new RejectedSubmission(Rejection.rule(Rejection.NOT_ASSIGNED,
                    "cycle " + cycle.id() + " is not assigned to " + personId));
        }
        return switch (cycle.state()) {
            case OPEN -> Admission.FIRST;
            case MISSED -> correctionOf(cycle, now, offlineGrace);
            case DONE -> throw new RejectedSubmission(Rejection.rule(Rejection.CYCLE_CLOSED,
                    "cycle " + cycle.id() + " is already closed (DONE)"));
            case SUSPENDED -> throw new RejectedSubmission(Rejection.rule(Rejection.CYCLE_SUSPENDED,
                    "cycle " + cycle.id() + " is suspended: its unit is stopped"));
            case CANCELLED -> throw new RejectedSubmission(Rejection.rule(Rejection.CYCLE_CANCELLED,
                    "cycle " + cycle.id() + " was cancelled: its task's schedule changed or the task was retired"));
        };
    }

    /** A record for a cycle already marked missed: a correction inside the offline grace, refused after it. */
    public static Admission correctionOf(InspectionCycle cycle, Instant now, Duration offlineGrace) {
        Instant graceEnd = cycle.windowEnd().plus(offlineGrace);
        if (now.isAfter(graceEnd)) {
            throw new RejectedSubmission(Rejection.rule(Rejection.OFFLINE_GRACE_EXPIRED,
                    "cycle " + cycle.id() + " was marked missed when its window closed at " + cycle.windowEnd()
                            + "; a record sent later is taken as a correction only until " + graceEnd
                            + " (offline grace " + offlineGrace + ")"));
        }
        return Admission.CORRECTION;
    }

    /** This record as the correction of the cycle's NOT_INSPECTED record {@code missedRecordId}. */
    public InspectionRecord correcting(String missedRecordId) {
        return new InspectionRecord(id, version, groupId, enterpriseId, clientId, cycleId, taskId, measureId, unitId,
                riskObjectId, status, hazard, checkTime, personId, personName, mobile, deviceId, checkIn, late, remarks,
                photoIds, workType, submittedAt, missedRecordId, null);
    }

    public boolean isCorrection() {
        return replacesRecordId != null;
    }

    /** The "not inspected" record of a cycle that ended without a record (漏检). */
    public static InspectionRecord missed(String id, InspectionCycle cycle, Instant now) {
        return new InspectionRecord(id, 1, cycle.groupId(), cycle.enterpriseId(), missedClientId(cycle.id()), cycle.id(),
                cycle.taskId(), cycle.measureId(), cycle.unitId(), null, CheckStatus.NOT_INSPECTED, null,
                cycle.windowEnd(), null, null, null, null, CheckIn.none(), false, null, List.of(), cycle.workType(), now,
                null, null);
    }

    public static String missedClientId(String cycleId) {
        return "missed:" + cycleId;
    }

    public RecordSubmitted submittedEvent() {
        return new RecordSubmitted(id, clientId, cycleId, taskId, measureId, unitId, riskObjectId, enterpriseId,
                status.name(), checkTime, personId, personName, mobile, deviceId, workType, late,
                checkIn.locationMismatch(), checkIn.qrTokenMatched(), checkIn.distanceMeters(), remarks, photoIds, hazard,
                replacesRecordId);
    }

    public CycleMissed missedEvent(InspectionCycle cycle) {
        return new CycleMissed(id, cycleId, taskId, measureId, unitId, enterpriseId, cycle.windowEnd(), workType,
                cycle.assigneePersonIds());
    }
}
