package cn.dualprevention.risk.riskevent.application;

import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import cn.dualprevention.risk.assessment.application.RiskGrading;
import cn.dualprevention.risk.assessment.domain.Assessment;
import cn.dualprevention.risk.assessment.domain.AssessmentKind;
import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.common.domain.VersionGuard;
import cn.dualprevention.risk.riskevent.domain.EventMeasures;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
import cn.dualprevention.risk.riskevent.domain.RiskEventAssessed;
import cn.dualprevention.risk.riskevent.domain.RiskEventCreated;
import cn.dualprevention.risk.riskevent.domain.RiskEvents;
import cn.dualprevention.risk.riskunit.application.RiskUnitCatalog;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** 风险事件与风险评价 — the risk events of units and their assessments; the unit's level follows its events. */
@Service
public class RiskEventRegister {

    private final RiskEvents events;
    private final RiskUnitCatalog units;
    private final RiskGrading grading;
    private final EventMeasures measures;
    private final Clock clock;

    public RiskEventRegister(RiskEvents events, RiskUnitCatalog units, RiskGrading grading, EventMeasures measures,
                             Clock clock) {
        this.events = events;
        this.units = units;
        this.grading = grading;
        this.measures = measures;
        this.clock = clock;
    }

    /** Command: assess a risk event. */
    public record AssessRiskEvent(AssessmentKind kind, AssessmentMethod method, Map<String, BigDecimal> factors,
                                  RiskLevel level, String directRule, String reason) {
    }

    public RiskEvent create(String unitId, String name, String consequence) {
        RiskUnit unit = unitOf(unitId);
        RiskEvent event = RiskEvent.create(Ids.newId(), unit.groupId(), unit.enterpriseId(), unit.id(), name, consequence);
        events.add(event, List.of(event(event, RiskEventCreated.TYPE)));
        return event;
    }

    /** New name and consequence (risk.event.updated.v1 with the whole event); the assessments stay. */
    public RiskEvent update(String id, String name, String consequence, Long expectedVersion) {
        RiskEvent event = get(id);
        VersionGuard.expect("risk event", id, event.version(), expectedVersion);
        RiskEvent next = event.update(name, consequence);
        events.change(next, List.of(event(next, RiskEventCreated.UPDATED)));
        return next;
    }

    /**
     * Soft delete (risk.event.deleted.v1), refused (409 risk-event-has-measures) while measures of it are live.
     * The unit is regraded from the events it has left (it keeps its level when none is left).
     */
    public void delete(String id, Long expectedVersion) {
        RiskEvent event = get(id);
        VersionGuard.expect("risk event", id, event.version(), expectedVersion);
        RiskEvent next = event.delete(measures.liveCount(id));
        events.change(next, List.of(event(next, RiskEventCreated.DELETED)));
        regradeUnit(next.unitId(), "risk event " + next.name() + " deleted");
    }

    private static NewEvent event(RiskEvent e, String type) {
        return new NewEvent(type, e.groupId(), e.enterpriseId(), e.id(), e.created());
    }

    /** Records an assessment (kept in the history, announced), then regrades the unit: the highest of its events. */
    public RiskEvent assess(String id, AssessRiskEvent c) {
        RiskEvent event = get(id);
        Caller caller = CallerContext.require();
        Assessment assessment = Assessment.make(c.kind(), c.method(), c.factors(), c.level(), c.directRule(), c.reason(),
                caller.userId(), clock.instant(),
                c.method() == null ? null : grading.inForce(event.enterpriseId(), c.method()));
        RiskEvent next = event.assess(assessment);
        events.change(next, List.of(new NewEvent(RiskEventAssessed.TYPE, next.groupId(), next.enterpriseId(), next.id(),
                RiskEventAssessed.of(next, assessment))));
        regradeUnit(next.unitId(), assessment.kind() + " " + assessment.method() + " assessment of "
                + next.name() + ": " + assessment.level());
        return next;
    }

    /** The unit's assessed level becomes the highest of its live events (unchanged when it has none). */
    private void regradeUnit(String unitId, String cause) {
        RiskLevel unitLevel = null;
        for (RiskEvent e : events.ofUnit(unitId)) {
            unitLevel = e.residualLevel().orElse(RiskLevel.LOW).higherOf(unitLevel);
        }
        if (unitLevel != null) {
            units.regrade(unitId, unitLevel, cause);
        }
    }

    public RiskEvent get(String id) {
        RiskEvent event = events.find(id).filter(e -> !e.deleted()).orElseThrow(() -> new NotFoundException("risk event", id));
        CallerContext.require().requireAccess(event.groupId(), event.enterpriseId(), "risk event", id);
        return event;
    }

    public List<RiskEvent> ofUnit(String unitId) {
        return events.ofUnit(units.get(unitId).id());
    }

    private RiskUnit unitOf(String unitId) {
        try {
            return units.get(unitId);
        } catch (NotFoundException e) {
            throw new InvalidValueException("unitId", "exists", "no risk unit " + unitId + " in the caller's scope");
        }
    }
}
