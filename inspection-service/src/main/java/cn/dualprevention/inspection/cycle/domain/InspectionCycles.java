package cn.dualprevention.inspection.cycle.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where cycles are kept; (taskId, windowStart) is unique among the cycles not cancelled. */
public interface InspectionCycles {

    /**
     * Inserts the cycles that do not exist yet, each with its {@code inspection.cycle.generated.v1} event; cycles that
     * already exist (same task and window start) are left alone. Returns how many were new.
     */
    int addNew(List<InspectionCycle> cycles);

    Optional<InspectionCycle> find(String id);

    /** Cycles of a person whose window overlaps [from, to), earliest first. */
    List<InspectionCycle> ofPerson(String groupId, String personId, Instant from, Instant to, int limit);

    /** OPEN cycles of a person whose window ended before {@code before}. */
    List<InspectionCycle> overdueOfPerson(String groupId, String personId, Instant before, int limit);

    List<InspectionCycle> ofTask(String taskId, Instant from, Instant to);

    /** OPEN cycles whose window ended at or before {@code endedBy}. */
    List<InspectionCycle> openEndedBy(Instant endedBy, int limit);

    /** Moves an OPEN cycle to {@code to} with its record; false when it was no longer open (someone else closed it). */
    boolean close(String cycleId, CycleState to, String recordId);

    /**
     * A MISSED cycle becomes DONE by the record that corrects its NOT_INSPECTED one (also when still OPEN: the missed
     * job wrote the record but had not yet closed the cycle); false when it was neither.
     */
    boolean correct(String cycleId, String recordId);

    /** The cycles of these tasks whose window ends after {@code now} (under way or to come), of any state. */
    List<InspectionCycle> notEndedOfTasks(java.util.Collection<String> taskIds, Instant now);

    /**
     * Cancels a cycle that is still replaceable (not started, OPEN or SUSPENDED, no record) with its
     * {@code inspection.cycle.cancelled.v1} event, and frees its task + window start for a cycle of the new schedule;
     * false when it no longer was replaceable.
     */
    boolean cancel(InspectionCycle cycle, String reason);

    /** OPEN cycles of a unit whose window overlaps [from, to) (to null: open-ended) become SUSPENDED; returns how many. */
    long suspendOfUnit(String unitId, Instant from, Instant to);

    /** SUSPENDED cycles of a unit that start at or after {@code from} and end after {@code now}: they may be due again. */
    List<InspectionCycle> suspendedOfUnit(String unitId, Instant from, Instant now);

    /** Moves a SUSPENDED cycle back to OPEN; false when it was no longer suspended. */
    boolean reopen(String cycleId);
}
