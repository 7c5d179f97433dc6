package cn.dualprevention.inspection.unitstop.infrastructure;

import cn.dualprevention.inspection.unitstop.domain.UnitStop;
import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

@Document("unit_stops")
record UnitStopDocument(@Id String id, long version, String groupId, String enterpriseId, String unitId, Instant start,
                        Instant end, String reason, String source) implements AggregateDocument {

    static UnitStopDocument of(UnitStop s) {
        return new UnitStopDocument(s.id(), s.version(), s.groupId(), s.enterpriseId(), s.unitId(), s.start(), s.end(),
                s.reason(), s.source());
    }

    UnitStop toDomain() {
        return new UnitStop(id, version, groupId, enterpriseId, unitId, start, end, reason, source);
    }
}
