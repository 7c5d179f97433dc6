package cn.dualprevention.exchange.bench;

import cn.dualprevention.exchange.delivery.application.DeliveryPlanner;
import cn.dualprevention.exchange.delivery.application.DeliverySignals;
import cn.dualprevention.exchange.delivery.domain.DeliveryRepository;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.receiver.application.ReceiverDirectory;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.receiver.domain.ReceiverRepository;
import cn.dualprevention.exchange.receiver.domain.StreamProfile;
import cn.dualprevention.exchange.record.application.RegulatorRecordKeeper;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.events.EventJson;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.platform.test.TestEvents;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of exchange's event-handling path (不计时的单元测试之外 — a measurement, never part of the default
 * build: the surefire patterns do not match {@code *Benchmark}). Feeds {@code -Dbench.units} (default 200) units'
 * worth of realistic source events — risk unit, event, measure, inspection task, records (normal and hazard found)
 * and hazards — through the real {@link RegulatorRecordKeeper} → {@code MongoRegulatorRecords} → {@link DeliveryPlanner}
 * → {@code MongoDeliveries} path on mongo-java-server, with one stream receiver serving the enterprise, and prints
 * events/s overall and per tenth of the run (to see whether handling slows as the collections grow).
 * Run: {@code ./mvnw -o -pl exchange-service test -Dtest=HandlerPathBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HandlerPathBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String GROUP = "bench-g";
    static final String ENTERPRISE = "bench-e";

    @Test
    void feedEventsThroughTheHandlerPath() throws Exception {
        int units = Integer.getInteger("bench.units", 200);
        onHandlerPath(path -> {
            MongoTemplate mongo = path.mongo();
            RegulatorRecordKeeper keeper = path.keeper();
            EventJson json = path.json();
            List<EventEnvelope> events = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                List<EventEnvelope> ofUnit = unitEvents(json, uuid());
                if (u % 3 == 0) { // the inspection topic ran ahead of the risk topic: children first, held, then released
                    events.addAll(ofUnit.subList(3, ofUnit.size()));
                    events.addAll(ofUnit.subList(0, 3));
                } else {
                    events.addAll(ofUnit);
                }
            }
            // warm up on a separate enterprise-sized slice (JIT), then measure the rest
            int warm = Math.min(events.size() / 10, 300);
            events.subList(0, warm).forEach(e -> handle(keeper, e));
            List<EventEnvelope> measured = events.subList(warm, events.size());
            int tenth = Math.max(1, measured.size() / 10);
            List<String> slices = new ArrayList<>();
            long t0 = System.nanoTime();
            long s0 = t0;
            for (int i = 0; i < measured.size(); i++) {
                handle(keeper, measured.get(i));
                if ((i + 1) % tenth == 0) {
                    long now = System.nanoTime();
                    slices.add(String.format("%.0f", tenth / ((now - s0) / 1e9)));
                    s0 = now;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long held = mongo.getCollection("regulator_records").countDocuments(new org.bson.Document("state", "HELD"));
            long kept = mongo.getCollection("regulator_records").countDocuments();
            long planned = mongo.getCollection("deliveries").countDocuments();
            String line = String.format("HandlerPathBenchmark units=%d events=%d measured=%d in %.2f s: %.0f events/s; per tenth: %s;"
                            + " records kept=%d held=%d deliveries=%d; retried %d; load %s",
                    units, events.size(), measured.size(), seconds, measured.size() / seconds, slices, kept, held, planned, retries, load());
            System.out.println(line);
            String out = System.getProperty("bench.out");
            if (out != null) {
                Files.writeString(Path.of(out), line + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            assertThat(kept).isGreaterThan(0);
            assertThat(planned).isEqualTo(kept);
        });
    }

    /** What runs against the handler path. */
    interface PathBody {
        void run(Wired path) throws Exception;
    }

    /** The wired path. */
    record Wired(MongoTemplate mongo, RegulatorRecordKeeper keeper, EventJson json, RegulatorRecords records,
                 DeliveryRepository deliveries, cn.dualprevention.exchange.record.application.RecordBuilder builder,
                 ReceiverDirectory receivers, DeliveryPlanner planner, Receiver stream, Clock clock) {
    }

    /**
     * Wires exchange's real event-handling path (keeper, records, planner, deliveries) on a fresh mongo-java-server
     * with one stream receiver serving every enterprise, and runs {@code body} on it.
     */
    static void onHandlerPath(PathBody body) throws Exception {
        EnterpriseIdentity identity = new EnterpriseIdentity(ENTERPRISE, GROUP, "410100001", "91410100MA44XXK123",
                ZoneId.of("Asia/Shanghai"));
        onHandlerPath(new EnterpriseDirectory() {
            @Override
            public Optional<EnterpriseIdentity> find(String enterpriseId) {
                return Optional.of(identity);
            }

            @Override
            public Optional<EnterpriseIdentity> findByCompanyCode(String companyCode) {
                return Optional.of(identity);
            }
        }, body);
    }

    /** The same, with these enterprises known. */
    static void onHandlerPath(EnterpriseDirectory enterprises, PathBody body) throws Exception {
        MongoServer server = new MongoServer(new MemoryBackend());
        String uri = "mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", "");
        try (MongoClient client = MongoClients.create(uri)) {
            MongoTemplate mongo = new MongoTemplate(client, "exchange-bench");
            EventJson json = new EventJson();
            Clock clock = Clock.systemUTC();
            AggregateStore store = new AggregateStore(mongo, null, // the relay is not started: the records carry no events
                    new cn.dualprevention.platform.outbox.OutboxRelay(mongo, null,
                            new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), 1_000_000, java.time.Duration.ofSeconds(1)));
            RegulatorRecords records = create("cn.dualprevention.exchange.record.infrastructure.MongoRegulatorRecords",
                    new Class<?>[] {MongoTemplate.class, AggregateStore.class}, mongo, store);
            DeliveryRepository deliveries = create("cn.dualprevention.exchange.delivery.infrastructure.MongoDeliveries",
                    new Class<?>[] {MongoTemplate.class}, mongo);
            Receiver stream = new Receiver("bench-stream", 1, GROUP, null, "regulator stream", true,
                    new StreamProfile(StreamProfile.DEFAULT_PREFIX), null, null, null, Instant.now(), null, Instant.now());
            ReceiverDirectory receivers = new ReceiverDirectory(new FixedReceivers(stream));
            DeliveryPlanner planner = new DeliveryPlanner(receivers, deliveries, records, new DeliverySignals(), clock);
            var builder = new cn.dualprevention.exchange.record.application.RecordBuilder(enterprises, records);
            RegulatorRecordKeeper keeper = new RegulatorRecordKeeper(records, builder, List.of(planner), json, clock);

            body.run(new Wired(mongo, keeper, json, records, deliveries, builder, receivers, planner, stream, clock));
        } finally {
            server.shutdownNow();
        }
    }

    private static int retries;


    /** As the platform's dispatcher does: an event whose handling failed is handled again. */
    private static void handle(RegulatorRecordKeeper keeper, EventEnvelope event) {
        for (int attempt = 1; ; attempt++) {
            try {
                keeper.handle(event);
                return;
            } catch (RuntimeException e) {
                retries++;
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** One unit's source events as risk-, inspection- and hazard-service publish them (docs/events.md). */
    static List<EventEnvelope> unitEvents(EventJson json, String unit) {
        List<EventEnvelope> out = new ArrayList<>();
        String event = uuid();
        String measure = uuid();
        String task = uuid();
        out.add(env(json, "risk.unit.created.v1", unit, 1, "unitId", unit, "hazardCode", "410100001001", "name", "LNG储罐区",
                "responsibleDepartment", "储运部", "responsiblePerson", "李明", "riskLevel", "CONSIDERABLE",
                "currentLevel", "CONSIDERABLE", "longitude", 113.75, "latitude", 34.72, "status", "IN_SERVICE"));
        out.add(env(json, "risk.event.created.v1", event, 1, "riskEventId", event, "unitId", unit, "name", "储罐泄漏引发火灾爆炸",
                "consequence", "火灾、爆炸"));
        out.add(env(json, "risk.measure.created.v1", measure, 1, "measureId", measure, "riskEventId", event, "unitId", unit,
                "controlMode", "INSPECTION", "description", "储罐设置高低液位报警并联锁切断进料阀", "classify1", "1",
                "classify2", "1-4", "classify3", "液位联锁", "troubleshootContent", "检查液位报警联锁是否投用",
                "controlLevel", "WORKSHOP", "responsiblePostId", "p1"));
        out.add(env(json, "inspection.task.defined.v1", task, 1, "taskId", task, "measureId", measure, "unitId", unit,
                "troubleshootContent", "检查液位报警联锁是否投用", "cycle", 1, "cycleUnit", "DAY",
                "taskStartTime", "2026-03-01T00:00:00Z", "workDayType", "EVERY_DAY", "workType", "ROUTINE"));
        String hazardRecord = uuid();
        for (int d = 0; d < 5; d++) {
            String record = d == 2 ? hazardRecord : uuid();
            out.add(env(json, "inspection.record.submitted.v1", record, 1, "recordId", record, "cycleId", "cycle-" + record,
                    "taskId", task, "measureId", measure, "unitId", unit, "checkStatus", d == 2 ? "HAZARD_FOUND" : "NORMAL",
                    "checkTime", "2026-03-0" + (d + 2) + "T01:30:00Z", "personId", "u1", "personName", "王强",
                    "mobile", "13812345678", "deviceId", "HUAWEI-P60-7781", "workType", "ROUTINE", "late", false,
                    "locationMismatch", false));
        }
        String hazard = uuid();
        out.add(env(json, "hazard.registered.v1", hazard, 1, "hazardId", hazard, "unitId", unit, "measureId", measure,
                "taskId", task, "recordId", hazardRecord, "name", "储罐液位计失灵", "level", "GENERAL", "source", "1",
                "hazardType", "4", "category", "0", "manageType", "BY_DEADLINE", "description", "2号储罐液位计显示不变",
                "state", "REMEDIATING", "nationalState", "0", "liablePerson", "赵磊", "deadline", "2026-03-31",
                "registrant", "王强", "registTime", "2026-03-04T01:35:00Z"));
        return out;
    }

    private static EventEnvelope env(EventJson json, String type, String aggregateId, long version, Object... fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enterpriseId", ENTERPRISE);
        for (int i = 0; i < fields.length; i += 2) {
            data.put((String) fields[i], fields[i + 1]);
        }
        String envelope = TestEvents.envelope(java.util.UUID.randomUUID().toString(), type, GROUP, ENTERPRISE, aggregateId,
                version, "zhang.wei", Instant.now(), JSON.writeValueAsString(data));
        return json.mapper().readValue(envelope, EventEnvelope.class);
    }

    private static String uuid() {
        return java.util.UUID.randomUUID().toString();
    }

    @SuppressWarnings("unchecked")
    static <T> T create(String className, Class<?>[] types, Object... args) throws Exception {
        Constructor<?> constructor = Class.forName(className).getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return (T) constructor.newInstance(args);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private record FixedReceivers(Receiver receiver) implements ReceiverRepository {
        @Override
        public Optional<Receiver> find(String id) {
            return Optional.of(receiver).filter(r -> r.id().equals(id));
        }

        @Override
        public List<Receiver> all() {
            return List.of(receiver);
        }

        @Override
        public List<Receiver> serving(String enterpriseId) {
            return List.of(receiver);
        }

        @Override
        public void save(Receiver r) {
        }

        @Override
        public void delete(String id) {
        }
    }
}
