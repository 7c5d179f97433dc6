package cn.dualprevention.risk.riskevent.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.util.List;
import java.util.Optional;

/** Where risk events are kept. */
public interface RiskEvents {

    void add(RiskEvent event, List<NewEvent> events);

    /** Stores a new risk event unless one with its id exists already (an import being completed); false when it existed. */
    boolean addIfAbsent(RiskEvent event, List<NewEvent> events);

    void change(RiskEvent event, List<NewEvent> events);

    Optional<RiskEvent> find(String id);

    List<RiskEvent> ofUnit(String unitId);
}
