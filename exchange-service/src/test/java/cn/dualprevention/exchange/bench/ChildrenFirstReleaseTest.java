package cn.dualprevention.exchange.bench;

import cn.dualprevention.platform.events.EventEnvelope;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Children that arrive before their parents (the inspection and hazard topics ran ahead of the risk topic) are held,
 * then released in one go when the measure goes out — without a conflict: the hazard waits for the measure and for
 * the check record that the measure's task releases first, so releasing it from a stale list would keep an old
 * version again (the event then failed and was retried after a back-off). And nothing is left waiting.
 */
class ChildrenFirstReleaseTest {

    @Test
    void heldChildrenAreReleasedOnceWithoutAConflict() throws Exception {
        HandlerPathBenchmark.onHandlerPath(path -> {
            var mongo = path.mongo();
            var keeper = path.keeper();
            var json = path.json();
            List<EventEnvelope> events = new ArrayList<>();
            for (int u = 0; u < 3; u++) {
                List<EventEnvelope> ofUnit = HandlerPathBenchmark.unitEvents(json, java.util.UUID.randomUUID().toString());
                events.addAll(ofUnit.subList(3, ofUnit.size())); // task, records, hazard …
                events.addAll(ofUnit.subList(0, 3)); // … before unit, event, measure
            }
            events.forEach(keeper::handle); // a conflict would throw here

            var records = mongo.getCollection("regulator_records");
            assertThat(records.countDocuments()).isEqualTo(events.size());
            assertThat(records.countDocuments(new Document("state", "HELD"))).isZero();
            assertThat(records.countDocuments(new Document("sentOnce", true))).isEqualTo(events.size());
            assertThat(mongo.getCollection("regulator_record_waits").countDocuments(new Document("children", new Document("$exists", true))))
                    .as("no parent is left with waiting children").isZero();
        });
    }
}
