package cn.dualprevention.platform.testapp;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("parcels")
public record ParcelDocument(@Id String id, long version, String enterpriseId, String name, ParcelKind kind)
        implements AggregateDocument {
}
