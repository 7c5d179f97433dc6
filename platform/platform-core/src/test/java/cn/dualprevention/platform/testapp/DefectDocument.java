package cn.dualprevention.platform.testapp;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A small aggregate for the audit tests: a reported defect that can be changed and accepted. */
@Document("defects")
public record DefectDocument(@Id String id, long version, String groupId, String enterpriseId, String title, String level,
                             String status, Location location) implements AggregateDocument {

    public record Location(String building, String floor) {
    }
}
