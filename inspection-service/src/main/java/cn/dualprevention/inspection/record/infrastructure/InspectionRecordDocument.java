package cn.dualprevention.inspection.record.infrastructure;

import cn.dualprevention.inspection.record.domain.CheckIn;
import cn.dualprevention.inspection.record.domain.CheckStatus;
import cn.dualprevention.inspection.record.domain.HazardFinding;
import cn.dualprevention.inspection.record.domain.InspectionRecord;
import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

@Document(MongoInspectionRecords.COLLECTION)
record InspectionRecordDocument(@Id String id, long version, String groupId, String enterpriseId, String clientId,
                                String cycleId, String taskId, String measureId, String unitId, String riskObjectId,
                                String status, HazardFinding hazard, Instant checkTime, String personId,
                                String personName, String mobile, String deviceId, CheckIn checkIn, boolean late,
                                String remarks, List<String> photoIds, String workType, Instant submittedAt,
                                String replacesRecordId, String supersededBy)
        implements AggregateDocument {

    static InspectionRecordDocument of(InspectionRecord r) {
        return new InspectionRecordDocument(r.id(), r.version(), r.groupId(), r.enterpriseId(), r.clientId(),
                r.cycleId(), r.taskId(), r.measureId(), r.unitId(), r.riskObjectId(), r.status().name(), r.hazard(),
                r.checkTime(), r.personId(), r.personName(), r.mobile(), r.deviceId(), r.checkIn(), r.late(),
                r.remarks(), r.photoIds(), r.workType(), r.submittedAt(), r.replacesRecordId(), r.supersededBy());
    }

    InspectionRecord toDomain() {
        return new InspectionRecord(id, version, groupId, enterpriseId, clientId, cycleId, taskId, measureId, unitId,
                riskObjectId, CheckStatus.valueOf(status), hazard, checkTime, personId, personName, mobile, deviceId,
                checkIn == null ? CheckIn.none() : checkIn, late, remarks, photoIds, workType, submittedAt,
                replacesRecordId, supersededBy);
    }
}
