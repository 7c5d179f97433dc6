package cn.dualprevention.risk.measure.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.util.List;
import java.util.Optional;

/** Where control measures are kept. */
public interface ControlMeasures {

    void add(ControlMeasure measure, List<NewEvent> events);

    /** Stores a new control measure unless one with its id exists already (an import being completed); false when it existed. */
    boolean addIfAbsent(ControlMeasure measure, List<NewEvent> events);

    void change(ControlMeasure measure, List<NewEvent> events);

    Optional<ControlMeasure> find(String id);

    List<ControlMeasure> ofRiskEvent(String riskEventId);
}
