package cn.dualprevention.risk.enterprise.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.util.List;
import java.util.Optional;

/** Where enterprises are kept. */
public interface Enterprises {

    /** Stores a new enterprise together with the events announcing it (one write). */
    void add(Enterprise enterprise, List<NewEvent> events);

    /** Stores the next version of an enterprise with the events of the change. */
    void change(Enterprise enterprise, List<NewEvent> events);

    Optional<Enterprise> find(String id);

    List<Enterprise> ofGroup(String groupId);
}
