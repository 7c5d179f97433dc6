package cn.dualprevention.risk.measure.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.util.List;
import java.util.Optional;

/** Where control measures are kept. */
public interface ControlMeasures {

    void add(ControlMeasure measure, List<NewEvent> events);

    void change(ControlMeasure measure, List<NewEvent> events);

    Optional<ControlMeasure> find(String id);

    List<ControlMeasure> ofRiskEvent(String riskEventId);
}
