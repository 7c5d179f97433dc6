package cn.dualprevention.inspection.record.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.util.List;
import java.util.Optional;

/**
 * Where records are kept; the client id is unique, and a cycle has one first record (a phone's or the NOT_INSPECTED one)
 * and at most one correction of that NOT_INSPECTED record.
 */
public interface InspectionRecords {

    /** What happened to a record that was to be added. */
    enum Added { ADDED, DUPLICATE_CLIENT_ID, CYCLE_ALREADY_RECORDED }

    Added add(InspectionRecord record, NewEvent event);

    Optional<InspectionRecord> find(String id);

    Optional<InspectionRecord> ofClientId(String clientId);

    /** The record that counts for a cycle: its correction when there is one, else its first record. */
    Optional<InspectionRecord> ofCycle(String cycleId);

    /** Every record of a cycle, superseded ones too, in the order they were submitted. */
    List<InspectionRecord> historyOfCycle(String cycleId);

    /** Marks a NOT_INSPECTED record as superseded by its correction (idempotent). */
    void supersede(String missedRecordId, String correctionId);
}
