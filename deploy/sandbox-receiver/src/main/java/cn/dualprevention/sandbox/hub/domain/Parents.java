package cn.dualprevention.sandbox.hub.domain;

import java.util.List;

/** Which field of a record names which parent (unit → event → measure → task → record → hazard). */
final class Parents {

    record Link(String field, RecordType parent) {
    }

    private Parents() {
    }

    static List<Link> of(RecordType type, ReceiverProfile profile) {
        return switch (type) {
            case RISK_UNIT -> List.of();
            case UNIT_STOP, RISK_EVENT -> List.of(new Link("riskUnitId", RecordType.RISK_UNIT));
            case CONTROL_MEASURE -> List.of(new Link("riskEventId", RecordType.RISK_EVENT));
            case CHECK_TASK -> List.of(new Link("riskMeasureId", RecordType.CONTROL_MEASURE));
            case CHECK_RECORD -> List.of(new Link("checkTaskId", RecordType.CHECK_TASK));
            case HIDDEN_DANGER -> List.of(new Link("riskMeasureId", RecordType.CONTROL_MEASURE),
                    new Link(profile.checkRecordIdField(), RecordType.CHECK_RECORD));
        };
    }
}
