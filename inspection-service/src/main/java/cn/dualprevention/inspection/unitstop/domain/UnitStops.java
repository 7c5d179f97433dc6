package cn.dualprevention.inspection.unitstop.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where unit stops are kept ({@code unit_stops}). */
public interface UnitStops {

    void add(UnitStop stop, List<NewEvent> events);

    void update(UnitStop stop, List<NewEvent> events);

    Optional<UnitStop> find(String id);

    /** Stops of a unit that overlap [from, to). */
    List<UnitStop> overlapping(String unitId, Instant from, Instant to);

    List<UnitStop> ofEnterprise(String enterpriseId, String unitId);
}
