package cn.dualprevention.risk.measure.application;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.risk.measure.domain.ControlMeasure;
import cn.dualprevention.risk.measure.domain.ControlMeasureChanged;
import cn.dualprevention.risk.measure.domain.ControlMeasures;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
import cn.dualprevention.risk.riskevent.domain.RiskEventCreated;
import cn.dualprevention.risk.riskevent.domain.RiskEvents;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import cn.dualprevention.risk.riskunit.domain.UnitContents;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Deletes what belongs to a unit when the unit is deleted: measures first, then their events (children before their
 * parent, so that no consumer ever sees a live child of a deleted parent). Each is its own write; a deletion
 * interrupted half-way is completed by deleting the unit again (what is already deleted is skipped).
 */
@Service
class UnitContentsRemoval implements UnitContents {

    private final RiskEvents events;
    private final ControlMeasures measures;

    UnitContentsRemoval(RiskEvents events, ControlMeasures measures) {
        this.events = events;
        this.measures = measures;
    }

    @Override
    public int deleteWith(RiskUnit unit) {
        int deleted = 0;
        for (RiskEvent event : events.ofUnit(unit.id())) {
            for (ControlMeasure measure : measures.ofRiskEvent(event.id())) {
                ControlMeasure next = measure.delete();
                measures.change(next, List.of(ControlMeasureRegister.event(next, ControlMeasureChanged.DELETED)));
                deleted++;
            }
            RiskEvent next = event.deleteWithUnit();
            events.change(next, List.of(new NewEvent(RiskEventCreated.DELETED, next.groupId(), next.enterpriseId(),
                    next.id(), next.created())));
            deleted++;
        }
        return deleted;
    }
}
