package cn.dualprevention.risk.measure.application;

import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.CallerContext;
import cn.dualprevention.risk.common.domain.VersionGuard;
import cn.dualprevention.risk.measure.domain.ControlMeasure;
import cn.dualprevention.risk.measure.domain.ControlMeasureChanged;
import cn.dualprevention.risk.measure.domain.ControlMeasures;
import cn.dualprevention.risk.riskevent.application.RiskEventRegister;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
import org.springframework.stereotype.Service;

import java.util.List;

/** 管控措施清单 — the control measures of risk events. */
@Service
public class ControlMeasureRegister {

    private final ControlMeasures measures;
    private final RiskEventRegister riskEvents;

    public ControlMeasureRegister(ControlMeasures measures, RiskEventRegister riskEvents) {
        this.measures = measures;
        this.riskEvents = riskEvents;
    }

    public ControlMeasure create(String riskEventId, ControlMeasure.MeasureDetails details) {
        RiskEvent event;
        try {
            event = riskEvents.get(riskEventId);
        } catch (NotFoundException e) {
            throw new InvalidValueException("riskEventId", "exists", "no risk event " + riskEventId + " in the caller's scope");
        }
        ControlMeasure measure = ControlMeasure.create(Ids.newId(), event.groupId(), event.enterpriseId(), event.id(),
                event.unitId(), details);
        measures.add(measure, List.of(event(measure, ControlMeasureChanged.CREATED)));
        return measure;
    }

    public ControlMeasure update(String id, ControlMeasure.MeasureDetails details, Long expectedVersion) {
        ControlMeasure measure = get(id);
        VersionGuard.expect("control measure", id, measure.version(), expectedVersion);
        ControlMeasure next = measure.update(details);
        measures.change(next, List.of(event(next, ControlMeasureChanged.UPDATED)));
        return next;
    }

    public void delete(String id, Long expectedVersion) {
        ControlMeasure measure = get(id);
        VersionGuard.expect("control measure", id, measure.version(), expectedVersion);
        ControlMeasure next = measure.delete();
        measures.change(next, List.of(event(next, ControlMeasureChanged.DELETED)));
    }

    static NewEvent event(ControlMeasure m, String type) {
        return new NewEvent(type, m.groupId(), m.enterpriseId(), m.id(), m.changed());
    }

    public ControlMeasure get(String id) {
        ControlMeasure measure = measures.find(id).filter(m -> !m.deleted())
                .orElseThrow(() -> new NotFoundException("control measure", id));
        CallerContext.require().requireAccess(measure.groupId(), measure.enterpriseId(), "control measure", id);
        return measure;
    }

    public List<ControlMeasure> ofRiskEvent(String riskEventId) {
        return measures.ofRiskEvent(riskEvents.get(riskEventId).id());
    }
}
