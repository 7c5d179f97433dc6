package cn.dualprevention.inspection.unitstop.application;

import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.inspection.riskmodel.domain.RiskModel;
import cn.dualprevention.inspection.riskmodel.domain.UnitSite;
import cn.dualprevention.inspection.unitstop.domain.UnitStop;
import cn.dualprevention.inspection.unitstop.domain.UnitStopEvent;
import cn.dualprevention.inspection.unitstop.domain.UnitStops;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** 停用检修 — stopping a unit suspends its cycles in the stop (they never count as missed); ending it early resumes it. */
@Service
public class UnitStopping {

    private static final int REASON_MAX = 500;

    private final UnitStops stops;
    private final InspectionCycles cycles;
    private final RiskModel riskModel;
    private final Clock clock;

    public UnitStopping(UnitStops stops, InspectionCycles cycles, RiskModel riskModel, Clock clock) {
        this.stops = stops;
        this.cycles = cycles;
        this.riskModel = riskModel;
        this.clock = clock;
    }

    /** The caller stops a unit from {@code start} to {@code end} (null: until ended). */
    public UnitStop stop(String unitId, Instant start, Instant end, String reason) {
        if (unitId == null || unitId.isBlank()) {
            throw new InvalidValueException("unitId", "required", "which unit is stopped");
        }
        UnitSite unit = riskModel.unit(unitId).orElseThrow(() -> new NotFoundException("risk unit", unitId));
        CallerContext.require().requireAccess(unit.groupId(), unit.enterpriseId(), "risk unit", unitId);
        return record(Ids.newId(), unit.groupId(), unit.enterpriseId(), unitId, start, end, reason, "API");
    }

    /** risk-service announced a stop; the id derives from its event so a replay changes nothing. */
    public void stoppedByRisk(String stopId, String groupId, String enterpriseId, String unitId, Instant start,
                              Instant end, String reason) {
        if (stops.find(stopId).isEmpty()) {
            record(stopId, groupId, enterpriseId, unitId, start, end, reason == null ? "risk-service" : reason, "RISK");
        }
    }

    private UnitStop record(String id, String groupId, String enterpriseId, String unitId, Instant start, Instant end,
                            String reason, String source) {
        if (start == null) {
            throw new InvalidValueException("start", "required", "a stop needs its start");
        }
        if (end != null && !end.isAfter(start)) {
            throw new InvalidValueException("end", "after-start", "a stop ends after it starts");
        }
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
            throw new InvalidValueException("reason", "required-max-500", "a stop needs its reason (at most 500 characters)");
        }
        UnitStop stop = new UnitStop(id, 1, groupId, enterpriseId, unitId, start, end, reason.strip(), source);
        stops.add(stop, List.of(new NewEvent(UnitStopEvent.STOPPED, groupId, enterpriseId, id, UnitStopEvent.of(stop))));
        cycles.suspendOfUnit(unitId, start, end);
        return stop;
    }

    /** Ends a stop early (at {@code at}, or now). */
    public UnitStop end(String stopId, Instant at) {
        UnitStop stop = stops.find(stopId).orElseThrow(() -> new NotFoundException("unit stop", stopId));
        CallerContext.require().requireAccess(stop.groupId(), stop.enterpriseId(), "unit stop", stopId);
        return endStop(stop, at == null ? clock.instant() : at);
    }

    /** risk-service announced the unit back in service: its open or later-ending stops end now. */
    public void resumedByRisk(String unitId, Instant at) {
        for (UnitStop stop : stops.overlapping(unitId, at, at.plusMillis(1))) {
            if (stop.start().isBefore(at)) {
                endStop(stop, at);
            }
        }
    }

    private UnitStop endStop(UnitStop stop, Instant at) {
        if (stop.end() != null && !stop.end().isAfter(at)) {
            throw new RuleViolationException("stop-ended", "stop " + stop.id() + " already ended at " + stop.end());
        }
        if (!at.isAfter(stop.start())) {
            throw new InvalidValueException("end", "after-start", "a stop ends after it starts");
        }
        UnitStop ended = new UnitStop(stop.id(), stop.version() + 1, stop.groupId(), stop.enterpriseId(), stop.unitId(),
                stop.start(), at, stop.reason(), stop.source());
        stops.update(ended, List.of(new NewEvent(UnitStopEvent.RESUMED, stop.groupId(), stop.enterpriseId(), stop.id(),
                UnitStopEvent.of(ended))));
        resumeCycles(ended);
        return ended;
    }

    /** Cycles suspended by this stop that are still to come become due again, unless another stop covers them. */
    private void resumeCycles(UnitStop ended) {
        for (InspectionCycle cycle : cycles.suspendedOfUnit(ended.unitId(), ended.end(), clock.instant())) {
            if (stops.overlapping(cycle.unitId(), cycle.windowStart(), cycle.windowEnd()).isEmpty()) {
                cycles.reopen(cycle.id());
            }
        }
    }

    public List<UnitStop> list(String enterpriseId, String unitId) {
        Caller caller = CallerContext.require();
        return stops.ofEnterprise(enterpriseId, unitId).stream()
                .filter(s -> caller.mayAccess(s.groupId(), s.enterpriseId())).toList();
    }
}
