package cn.dualprevention.exchange.bench;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseKnown;
import cn.dualprevention.exchange.record.application.KeptRecordListener;
import cn.dualprevention.exchange.record.application.RegulatorRecordKeeper;
import cn.dualprevention.exchange.record.domain.KeptRecord;
import cn.dualprevention.exchange.record.domain.RecordState;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.platform.events.EventEnvelope;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspection and hazard topics (and even the risk topic's units) ran ahead of the enterprise's registration: every
 * record is held "enterprise … not known yet". When the registration is applied, each of them is rebuilt and goes out,
 * parents first; a repeated registration changes nothing. An identity whose credit code breaks the specification holds
 * the records in the same way until a corrected registration arrives.
 */
class EnterpriseLaterReleaseTest {

    private static final EnterpriseIdentity IDENTITY = new EnterpriseIdentity(HandlerPathBenchmark.ENTERPRISE,
            HandlerPathBenchmark.GROUP, "410100001", "91410100MA44XXK123", ZoneId.of("Asia/Shanghai"));

    private final Map<String, EnterpriseIdentity> known = new ConcurrentHashMap<>();
    private final EnterpriseDirectory directory = new EnterpriseDirectory() {
        @Override
        public Optional<EnterpriseIdentity> find(String enterpriseId) {
            return Optional.ofNullable(known.get(enterpriseId));
        }

        @Override
        public Optional<EnterpriseIdentity> findByCompanyCode(String companyCode) {
            return known.values().stream().filter(e -> companyCode.equals(e.companyCode())).findFirst();
        }
    };

    @Test
    void recordsHeldBeforeTheRegistrationGoOutWhenItArrivesParentsFirstAndOnlyOnce() throws Exception {
        HandlerPathBenchmark.onHandlerPath(directory, path -> {
            List<KeptRecord> kept = new ArrayList<>();
            KeptRecordListener recorder = kept::add;
            var keeper = new RegulatorRecordKeeper(path.records(), path.builder(), List.of(path.planner(), recorder), path.json(),
                    path.clock());
            List<EventEnvelope> events = HandlerPathBenchmark.unitEvents(path.json(), java.util.UUID.randomUUID().toString());
            List<EventEnvelope> activityFirst = new ArrayList<>(events.subList(3, events.size())); // task, records, hazard
            activityFirst.addAll(events.subList(0, 3)); // then unit, event, measure — all before the registration
            activityFirst.forEach(keeper::handle);

            var records = path.mongo().getCollection("regulator_records");
            assertThat(records.countDocuments(new Document("state", "HELD"))).isEqualTo(events.size());
            assertThat(kept).allSatisfy(record -> assertThat(record.holdReasons())
                    .contains("enterprise " + HandlerPathBenchmark.ENTERPRISE + " is not known yet"));
            assertThat(kept).allSatisfy(record -> assertThat(record.heldForItsEnterprise()).isTrue());
            keeper.on(new EnterpriseKnown("another-enterprise")); // someone else's registration releases nothing
            assertThat(records.countDocuments(new Document("state", "HELD"))).isEqualTo(events.size());
            int heldVersions = kept.size();

            known.put(IDENTITY.enterpriseId(), IDENTITY);
            keeper.on(new EnterpriseKnown(IDENTITY.enterpriseId()));

            assertThat(records.countDocuments(new Document("state", "HELD"))).isZero();
            assertThat(records.countDocuments(new Document("sentOnce", true))).isEqualTo(events.size());
            List<KeptRecord> sent = kept.subList(heldVersions, kept.size()).stream()
                    .filter(r -> r.state() == RecordState.SENT).toList();
            assertThat(sent).hasSize(events.size()).allSatisfy(r -> {
                assertThat(r.fields()).containsEntry("companyCode", "410100001").containsEntry("tyshxydm", "91410100MA44XXK123");
                assertThat(r.waitingFor()).isEmpty();
            });
            List<RecordType> order = sent.stream().map(r -> r.ref().type()).toList();
            assertThat(order.indexOf(RecordType.RISK_UNIT)).isLessThan(order.indexOf(RecordType.RISK_EVENT));
            assertThat(order.indexOf(RecordType.RISK_EVENT)).isLessThan(order.indexOf(RecordType.CONTROL_MEASURE));
            assertThat(order.indexOf(RecordType.CONTROL_MEASURE)).isLessThan(order.indexOf(RecordType.CHECK_TASK));
            assertThat(order.indexOf(RecordType.CHECK_TASK)).isLessThan(order.indexOf(RecordType.CHECK_RECORD));
            assertThat(order.indexOf(RecordType.CHECK_RECORD)).isLessThan(order.indexOf(RecordType.HIDDEN_DANGER));
            // every released record is planned for the receiver at its sent version
            sent.forEach(r -> {
                Document delivery = path.mongo().getCollection("deliveries")
                        .find(new Document("_id", path.stream().id() + ":" + r.ref().key())).first();
                assertThat(delivery).as(r.ref().key()).isNotNull();
                assertThat(delivery.getString("state")).as(r.ref().key()).isEqualTo("PENDING");
                assertThat(delivery.get("revision", Number.class).longValue()).as(r.ref().key()).isEqualTo(r.version());
            });
            assertThat(path.mongo().getCollection("regulator_record_waits").countDocuments(
                    new Document("children", new Document("$exists", true)))).as("nothing is left waiting").isZero();

            int afterRelease = kept.size();
            Document versions = versions(records);
            keeper.on(new EnterpriseKnown(IDENTITY.enterpriseId())); // the registration replayed
            assertThat(kept).hasSize(afterRelease);
            assertThat(versions(records)).isEqualTo(versions);
        });
    }

    @Test
    void anIdentityWhoseCreditCodeBreaksTheSpecificationHoldsTheRecordsUntilItIsCorrected() throws Exception {
        HandlerPathBenchmark.onHandlerPath(directory, path -> {
            known.put(IDENTITY.enterpriseId(), new EnterpriseIdentity(IDENTITY.enterpriseId(), IDENTITY.groupId(),
                    IDENTITY.companyCode(), "9141", IDENTITY.timeZone()));
            List<EventEnvelope> events = HandlerPathBenchmark.unitEvents(path.json(), java.util.UUID.randomUUID().toString());
            events.forEach(path.keeper()::handle);
            var records = path.mongo().getCollection("regulator_records");
            assertThat(records.countDocuments(new Document("state", "HELD"))).isEqualTo(events.size());
            assertThat(records.find(new Document("recordType", "riskUnit")).first().getList("holdReasons", String.class))
                    .contains("tyshxydm must be exactly 18 characters");

            known.put(IDENTITY.enterpriseId(), IDENTITY);
            path.keeper().on(new EnterpriseKnown(IDENTITY.enterpriseId()));

            assertThat(records.countDocuments(new Document("state", "HELD"))).isZero();
            assertThat(records.countDocuments(new Document("sentOnce", true))).isEqualTo(events.size());
        });
    }

    @Test
    void recordsHeldForTheirEnterpriseByAnOlderVersionAreFoundOnceAndReleasedAtStartUpWhenItIsKnown() throws Exception {
        HandlerPathBenchmark.onHandlerPath(directory, path -> {
            List<EventEnvelope> events = HandlerPathBenchmark.unitEvents(path.json(), java.util.UUID.randomUUID().toString());
            events.forEach(path.keeper()::handle);
            // as an older version left them: held "not known yet", no enterprise wait, the enterprise known meanwhile
            var mongo = path.mongo();
            String key = KeptRecord.enterpriseWaitKey(IDENTITY.enterpriseId());
            mongo.getCollection("regulator_record_waits").deleteMany(new Document("_id",
                    new Document("$in", List.of(key, "__built_enterprise__"))));
            mongo.getCollection("regulator_records").updateMany(new Document(), new Document("$pull", new Document("waitingFor", key)));
            known.put(IDENTITY.enterpriseId(), IDENTITY);

            // the new version starts
            var store = new cn.dualprevention.platform.outbox.AggregateStore(mongo, null,
                    new cn.dualprevention.platform.outbox.OutboxRelay(mongo, null,
                            new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), 1_000_000, java.time.Duration.ofSeconds(1)));
            cn.dualprevention.exchange.record.domain.RegulatorRecords records = HandlerPathBenchmark.create(
                    "cn.dualprevention.exchange.record.infrastructure.MongoRegulatorRecords",
                    new Class<?>[] {org.springframework.data.mongodb.core.MongoTemplate.class,
                            cn.dualprevention.platform.outbox.AggregateStore.class}, mongo, store);
            var builder = new cn.dualprevention.exchange.record.application.RecordBuilder(directory, records);
            var keeper = new RegulatorRecordKeeper(records, builder, List.of(path.planner()), path.json(), path.clock());
            assertThat(records.enterprisesWaitedFor()).containsExactly(IDENTITY.enterpriseId());
            keeper.run(null);

            var kept = mongo.getCollection("regulator_records");
            assertThat(kept.countDocuments(new Document("state", "HELD"))).isZero();
            assertThat(kept.countDocuments(new Document("sentOnce", true))).isEqualTo(events.size());
            assertThat(records.enterprisesWaitedFor()).isEmpty();
        });
    }

    private static Document versions(com.mongodb.client.MongoCollection<Document> records) {
        Document versions = new Document();
        records.find().forEach(doc -> versions.put(doc.getString("_id").replace('.', '_'), doc.get("version")));
        return versions;
    }
}
