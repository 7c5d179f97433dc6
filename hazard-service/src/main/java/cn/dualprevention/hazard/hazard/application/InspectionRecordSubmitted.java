package cn.dualprevention.hazard.hazard.application;

import java.time.Instant;
import java.util.List;

/** This service's view of {@code inspection.record.submitted.v1} (tolerant reader: other fields are ignored). */
record InspectionRecordSubmitted(String recordId, String cycleId, String taskId, String measureId, String unitId,
                                 String riskObjectId, String enterpriseId, String checkStatus, Instant checkTime,
                                 String personId, String personName, String workType, List<String> photoIds,
                                 Finding hazard) {

    static final String TYPE = "inspection.record.submitted.v1";
    static final String HAZARD_FOUND = "HAZARD_FOUND";

    /** The hazard found (only with checkStatus HAZARD_FOUND). */
    record Finding(String description, String level, String hazardType, String source) {
    }
}
