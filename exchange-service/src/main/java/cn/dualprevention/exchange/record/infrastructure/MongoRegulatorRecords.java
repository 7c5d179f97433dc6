package cn.dualprevention.exchange.record.infrastructure;

import cn.dualprevention.exchange.record.domain.BuiltRecord;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import cn.dualprevention.platform.events.EventJson;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.platform.outbox.OutboxMessage;
import cn.dualprevention.platform.outbox.OutboxMessages;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.util.List;

@Repository
class MongoRegulatorRecords implements RegulatorRecords {

    private final AggregateStore store;
    private final OutboxMessages messages;
    private final EventJson json;
    private final Clock clock;
    private final String topicPrefix;

    MongoRegulatorRecords(AggregateStore store, OutboxMessages messages, EventJson json, Clock clock,
                          @Value("${dp.exchange.stream.topic-prefix:dp.regulator}") String topicPrefix) {
        this.store = store;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.topicPrefix = topicPrefix;
    }

    @Override
    public boolean addFirstVersion(String enterpriseId, BuiltRecord<?> record) {
        String type = record.type().specName();
        RegulatorRecordDocument document = new RegulatorRecordDocument(type + ":" + record.recordId(), 1, type,
                record.recordId(), enterpriseId, record.sendable() ? "READY" : "HELD", record.problems(),
                Document.parse(json.mapper().writeValueAsString(record.record())), clock.instant());
        List<OutboxMessage> outbox = record.sendable()
                ? List.of(messages.plain(topicPrefix + "." + type, record.recordId(), type, record.record()))
                : List.of();
        try {
            store.insertWith(document, outbox);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
