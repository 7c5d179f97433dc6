package cn.dualprevention.hazard.hazard.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where hazards are kept; every change is stored together with its events (one write). */
public interface Hazards {

    /**
     * Stores a new hazard. A hazard from an inspection record is stored at most once per record.
     *
     * @return false when a hazard of the same inspection record already exists (nothing stored)
     */
    boolean add(Hazard hazard, List<NewEvent> events);

    /** Stores the changed hazard as version {@code hazard.version() + 1}; fails when someone else changed it. */
    void update(Hazard hazard, List<NewEvent> events);

    Optional<Hazard> find(String id);

    Optional<Hazard> findByRecord(String recordId);

    List<Hazard> search(HazardFilter filter);

    /** Hazards under remediation whose deadline lies before {@code today}: candidates for escalation. */
    List<Hazard> remediatingWithDeadlineBefore(LocalDate today);
}
