package cn.dualprevention.inspection.cycle.infrastructure;

import cn.dualprevention.inspection.cycle.domain.CycleGenerated;
import cn.dualprevention.inspection.cycle.domain.CycleState;
import cn.dualprevention.inspection.cycle.domain.InspectionCycle;
import cn.dualprevention.inspection.cycle.domain.InspectionCycles;
import cn.dualprevention.platform.events.EventJson;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.platform.outbox.OutboxMessage;
import cn.dualprevention.platform.outbox.OutboxMessages;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.test.ServiceTest;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated cycle is written straight to BSON ({@link CycleBson}): it must read back as the cycle it was, and its
 * outbox entry must be exactly what the platform's mapping converter writes for the message, so the relay and the
 * sweeper publish it as any other.
 */
@ServiceTest
class CycleDocumentTest {

    @Autowired
    InspectionCycles cycles;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxMessages messages;

    @Test
    void aGeneratedCycleReadsBackAsItWasAndItsOutboxEntryIsTheConvertersOwn() {
        String group = "group-" + UUID.randomUUID();
        Instant start = Instant.parse("2026-06-01T00:00:00.123Z");
        InspectionCycle hourly = new InspectionCycle(Ids.newId(), 1, group, "ent-1", Ids.newId(), "m-1", "unit-1",
                "检查液位计读数与联锁状态", "OPERATIONAL", 7, start, start.plusSeconds(3600), List.of("zhao.lei", "sun.li"),
                CycleState.SUSPENDED, null, "key-1");
        InspectionCycle bare = new InspectionCycle(Ids.newId(), 1, group, "ent-1", Ids.newId(), "m-2", null,
                null, "ROUTINE", null, start, start.plusSeconds(86_400), List.of(), CycleState.OPEN, null, "key-2");

        assertThat(cycles.addNew(List.of(hourly, bare))).isEqualTo(2);
        assertThat(cycles.addNew(List.of(hourly, bare))).as("generated again: duplicates").isZero();

        assertThat(cycles.find(hourly.id())).contains(hourly);
        assertThat(cycles.find(bare.id())).contains(bare);
        Document stored = mongo.findById(bare.id(), Document.class, MongoInspectionCycles.COLLECTION);
        assertThat(stored.get("slot")).isEqualTo(Date.from(start));
        assertThat(stored.get("version")).isEqualTo(1L);
        assertThat(stored).doesNotContainKeys("recordId", "taskNum", "unitId");
        Document whole = CycleBson.of(hourly, messages.domainEvent(new NewEvent(CycleGenerated.TYPE, group, "ent-1",
                hourly.id(), hourly.generated()), MongoInspectionCycles.COLLECTION, hourly.id(), 1)).decode(new DocumentCodec());
        assertThat(whole.keySet()).containsExactly("_id", "version", "groupId", "enterpriseId", "taskId", "measureId",
                "unitId", "troubleshootContent", "workType", "taskNum", "windowStart", "windowEnd", "slot", "scheduleKey",
                "assigneePersonIds", "state", "outbox");
        assertThat(whole.get("troubleshootContent")).isEqualTo("检查液位计读数与联锁状态");
        assertThat(whole.get("taskNum")).isEqualTo(7);
        assertThat(whole.get("windowEnd")).isEqualTo(Date.from(start.plusSeconds(3600)));
        assertThat(whole.getList("assigneePersonIds", String.class)).containsExactly("zhao.lei", "sun.li");

        // the outbox entry as written (the running relay may already have published and removed the stored one)
        OutboxMessage generated = messages.domainEvent(new NewEvent(CycleGenerated.TYPE, group, "ent-1", hourly.id(),
                hourly.generated()), MongoInspectionCycles.COLLECTION, hourly.id(), 1);
        Document encoded = CycleBson.of(hourly, generated).decode(new DocumentCodec());
        List<Document> outbox = encoded.getList(AggregateStore.OUTBOX_FIELD, Document.class);
        assertThat(outbox).hasSize(1);
        Document written = new Document();
        mongo.getConverter().write(generated, written);
        written.remove("_class");
        assertThat(outbox.getFirst()).isEqualTo(written);
        OutboxMessage message = mongo.getConverter().read(OutboxMessage.class, outbox.getFirst());
        assertThat(message.messageId()).isEqualTo(generated.messageId());
        assertThat(message.value()).isEqualTo(generated.value());
        assertThat(message.type()).isEqualTo(CycleGenerated.TYPE);
        assertThat(message.topic()).isEqualTo("dp.inspection.events");
        assertThat(message.key()).isEqualTo("ent-1");
        JsonNode envelope = new EventJson().mapper().readTree(message.value());
        assertThat(envelope.get("id").asString()).isEqualTo(message.messageId());
        assertThat(envelope.get("aggregateId").asString()).isEqualTo(hourly.id());
        assertThat(envelope.get("data").get("assigneePersonIds").size()).isEqualTo(2);
        assertThat(envelope.get("data").get("state").asString()).isEqualTo("SUSPENDED");
        assertThat(envelope.get("data").get("taskNum").asInt()).isEqualTo(7);
    }
}
