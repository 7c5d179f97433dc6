package cn.dualprevention.inspection.record.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.util.Optional;

/** Where records are kept; the client id is unique, and so is the cycle (one record per cycle). */
public interface InspectionRecords {

    /** What happened to a record that was to be added. */
    enum Added { ADDED, DUPLICATE_CLIENT_ID, CYCLE_ALREADY_RECORDED }

    Added add(InspectionRecord record, NewEvent event);

    Optional<InspectionRecord> find(String id);

    Optional<InspectionRecord> ofClientId(String clientId);

    Optional<InspectionRecord> ofCycle(String cycleId);
}
