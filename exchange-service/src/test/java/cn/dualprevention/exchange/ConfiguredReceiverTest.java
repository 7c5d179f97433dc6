package cn.dualprevention.exchange;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.receiver.application.ConfiguredReceivers;
import cn.dualprevention.exchange.receiver.application.ReceiverDirectory;
import cn.dualprevention.exchange.receiver.application.ReceiverSettings;
import cn.dualprevention.exchange.receiver.application.Receivers;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.receiver.domain.ReceiverRepository;
import cn.dualprevention.exchange.receiver.domain.StreamProfile;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.sandbox.SandboxReceiver;
import cn.dualprevention.sandbox.SandboxSettings;
import cn.dualprevention.sandbox.hub.domain.Account;
import cn.dualprevention.sandbox.hub.domain.HeldRecord;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;
import cn.dualprevention.sandbox.hub.domain.RecordType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static cn.dualprevention.exchange.SourceEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Receivers defined in configuration ({@code dp.exchange.receivers.<name>.*}), against the sandbox receiver: one
 * whose enterprise is not known when the service starts delivers everything once the enterprise is registered, with no
 * API call; it is read-only through the API; a restart (two instances at once) neither duplicates it nor loses its
 * delivery state; a changed configuration brings it up to date, and one no longer configured is removed.
 */
@ServiceTest
class ConfiguredReceiverTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Account ACCOUNT = new Account("ent-a", "Sandbox-Secret-A1!", "DpSandboxKey0001", "DpSandboxIv00001");
    private static final String HUB_CODE = "410800901";
    private static final String BY_ID = "ent-configured-by-id-" + newId();
    private static final String OLD_CODE = "410800903";
    private static final String SMALL_CODE = "410800904";
    private static final String GROUP = "group-configured";
    private static final SandboxReceiver sandbox = SandboxReceiver.start(SandboxSettings.of(
            ReceiverProfile.named("configured").account(ACCOUNT).checkRecordIdField("recordId").build(),
            ReceiverProfile.named("byid").account(ACCOUNT).build(),
            ReceiverProfile.named("small").account(ACCOUNT).maxBatchSize(3).path(RecordType.RISK_UNIT, "fxdy").build()));

    @DynamicPropertySource
    static void configuredReceivers(DynamicPropertyRegistry registry) {
        // by company code, enterprise not known at start, with a field-name variant the hub insists on
        registry.add("dp.exchange.receivers.hub.name", () -> "省平台 (configured)");
        registry.add("dp.exchange.receivers.hub.enterprise-codes", () -> HUB_CODE);
        registry.add("dp.exchange.receivers.hub.profile", () -> "http-batch");
        registry.add("dp.exchange.receivers.hub.base-url", () -> sandbox.profileUrl("configured"));
        registry.add("dp.exchange.receivers.hub.credentials", () -> "sandbox-a");
        registry.add("dp.exchange.receivers.hub.integer-check-cycle", () -> "true");
        registry.add("dp.exchange.receivers.hub.batch-size", () -> "20");
        registry.add("dp.exchange.receivers.hub.field-names[hiddenDanger.checkRecordId]", () -> "recordId");
        // by enterprise id
        registry.add("dp.exchange.receivers.byid.enterprise-ids", () -> BY_ID);
        registry.add("dp.exchange.receivers.byid.profile", () -> "http-batch");
        registry.add("dp.exchange.receivers.byid.base-url", () -> sandbox.profileUrl("byid"));
        registry.add("dp.exchange.receivers.byid.credentials", () -> "sandbox-a");
        registry.add("dp.exchange.receivers.byid.integer-check-cycle", () -> "true");
        // batches of at most 3 (the hub refuses larger ones with BATCH_TOO_LARGE)
        registry.add("dp.exchange.receivers.small.enterprise-codes", () -> SMALL_CODE);
        registry.add("dp.exchange.receivers.small.profile", () -> "http-batch");
        registry.add("dp.exchange.receivers.small.base-url", () -> sandbox.profileUrl("small"));
        registry.add("dp.exchange.receivers.small.credentials", () -> "sandbox-a");
        registry.add("dp.exchange.receivers.small.batch-size", () -> "3");
        registry.add("dp.exchange.receivers.small.paths.riskUnit", () -> "/fxdy"); // the hub's path (404 UNKNOWN_PATH otherwise)
        // a stream receiver that a later configuration changes, then drops
        registry.add("dp.exchange.receivers.old.enterprise-codes", () -> OLD_CODE);
        registry.add("dp.exchange.receivers.old.profile", () -> "kafka-stream");
        registry.add("dp.exchange.receivers.old.topic-prefix", () -> "test.configured.old");
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReceiverRepository repository;
    @Autowired
    ReceiverSettings settings;
    @Autowired
    Receivers receiverRules;
    @Autowired
    EnterpriseDirectory enterprises;
    @Autowired
    ConfiguredReceivers configuredReceivers;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void aConfiguredReceiverDeliversEverythingWithoutAnApiCallOnceItsEnterpriseIsRegisteredAndIsReadOnlyThroughTheApi() {
        assertThat(repository.all()).noneMatch(r -> "dp.exchange.receivers.hub".equals(r.configuredAs()));

        SourceEvents source = new SourceEvents(kafka, GROUP).registered(HUB_CODE, "91410800MA44XXK901");
        Chain chain = new Chain().publish(source);
        String receiverId = "hub-" + source.enterpriseId;

        await().atMost(WAIT).until(() -> chain.all().entrySet().stream().allMatch(e ->
                sandbox.records().find("configured", e.getValue(), e.getKey()).filter(HeldRecord::held).isPresent()));
        assertThat(sandbox.records().rejects("configured")).isEmpty();
        assertThat(sandbox.records().find("configured", RecordType.HIDDEN_DANGER, chain.hazardId).orElseThrow().fields())
                .containsEntry("recordId", chain.recordId).doesNotContainKey("checkRecordId");

        ApiClient api = api();
        JsonNode receiver = api.get("/api/v1/receivers/" + receiverId).json();
        assertThat(receiver.get("source").asString()).isEqualTo("configuration");
        assertThat(receiver.get("configured").asBoolean()).isTrue();
        assertThat(receiver.get("configuredAs").asString()).isEqualTo("dp.exchange.receivers.hub");
        assertThat(receiver.get("name").asString()).isEqualTo("省平台 (configured)");
        assertThat(receiver.get("enterpriseId").asString()).isEqualTo(source.enterpriseId);
        assertThat(receiver.get("credentials").asString()).isEqualTo("sandbox-a");
        assertThat(receiver.get("secretsStored").asBoolean()).isTrue();
        assertThat(receiver.get("batchSize").asInt()).isEqualTo(20);
        assertThat(receiver.get("fieldNames").get("hiddenDanger.checkRecordId").asString()).isEqualTo("recordId");
        assertThat(receiver.toString()).doesNotContain("Sandbox-Secret-A1!").doesNotContain("DpSandboxKey0001");
        assertThat(api.get("/api/v1/receivers").json()).anySatisfy(row -> assertThat(row.get("id").asString()).isEqualTo(receiverId));
        assertThat(api.get("/api/v1/deliveries?receiverId=" + receiverId).json())
                .hasSize(chain.all().size()).allSatisfy(row -> assertThat(row.get("state").asString()).isEqualTo("ACCEPTED"));

        // the configuration is the source of truth: changing or removing it through the API is refused
        ApiClient.Response put = api.put("/api/v1/receivers/" + receiverId, """
                {"name":"x","profile":"http-batch","baseUrl":"http://127.0.0.1:9/x","credentials":"sandbox-a"}""");
        assertThat(put.status()).isEqualTo(409);
        assertThat(put.isProblem()).isTrue();
        assertThat(put.json().get("rule").asString()).isEqualTo("receiver/configured");
        assertThat(put.json().get("detail").asString()).contains("dp.exchange.receivers.hub");
        ApiClient.Response delete = api.delete("/api/v1/receivers/" + receiverId);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.json().get("rule").asString()).isEqualTo("receiver/configured");
        assertThat(repository.find(receiverId)).isPresent();
        // operations on it still work: a resync on request
        assertThat(api.post("/api/v1/receivers/" + receiverId + "/resync", "").status()).isEqualTo(202);
    }

    @Test
    void twoInstancesRestartingAtOnceNeitherDuplicateTheReceiverNorLoseItsDeliveryState() throws Exception {
        SourceEvents source = new SourceEvents(kafka, GROUP, BY_ID).registered("410800902", "91410800MA44XXK902");
        Chain chain = new Chain().publish(source);
        String receiverId = "byid-" + BY_ID;
        ApiClient api = api();
        await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?receiverId=" + receiverId).json(),
                rows -> rows.size() == chain.all().size() && stream(rows).allMatch(row -> row.get("state").asString().equals("ACCEPTED")));
        Receiver before = repository.find(receiverId).orElseThrow();
        assertThat(before.firstSyncAt()).isNotNull();
        Map<String, Long> receivedBefore = new HashMap<>();
        chain.all().keySet().forEach(id -> receivedBefore.put(id, sandbox.records().timesReceived("byid", id)));

        // a restart of two instances at the same moment: each brings the configured receivers up to date
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> instances = List.of(startingInstance(settings, start), startingInstance(settings, start),
                CompletableFuture.runAsync(() -> {
                    awaitLatch(start);
                    configuredReceivers.run(null);
                }));
        start.countDown();
        CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertThat(mongo.count(Query.query(Criteria.where("configuredAs").is("dp.exchange.receivers.byid")), "receivers")).isEqualTo(1);
        Receiver after = repository.find(receiverId).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.firstSyncAt()).isEqualTo(before.firstSyncAt());
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(after.profile()).isEqualTo(before.profile());

        // it goes on incrementally: a change goes out; nothing accepted before is sent again (no new first sync)
        source.unit("risk.unit.updated.v1", chain.unitId, 2, Instant.now(), "李娜");
        await().atMost(WAIT).until(() -> "李娜".equals(sandbox.records().find("byid", RecordType.RISK_UNIT, chain.unitId)
                .map(r -> r.fields().get("hazardLiablePerson")).orElse(null)));
        await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?receiverId=" + receiverId).json(),
                rows -> rows.size() == chain.all().size() && stream(rows).allMatch(row -> row.get("state").asString().equals("ACCEPTED")));
        receivedBefore.forEach((id, times) -> assertThat(sandbox.records().timesReceived("byid", id))
                .as(id).isEqualTo(id.equals(chain.unitId) ? times + 1 : times));
        assertThat(sandbox.records().duplicates("byid")).allSatisfy(r -> assertThat(r.duplicates()).isZero());
    }

    @Test
    void aChangedConfigurationBringsTheReceiverUpToDateAndOneNoLongerConfiguredIsRemovedWithItsDeliveries() {
        SourceEvents source = new SourceEvents(kafka, GROUP).registered(OLD_CODE, "91410800MA44XXK903");
        String unitId = newId();
        source.unit("risk.unit.created.v1", unitId, 1, Instant.now(), "张伟");
        String receiverId = "old-" + source.enterpriseId;
        ApiClient api = api();
        await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?receiverId=" + receiverId + "&state=ACCEPTED").json(),
                rows -> rows.size() == 1);
        Receiver before = repository.find(receiverId).orElseThrow();
        assertThat(before.profile()).isEqualTo(new StreamProfile("test.configured.old"));

        Map<String, ReceiverSettings.ConfiguredReceiver> changed = new LinkedHashMap<>(settings.receivers());
        ReceiverSettings.ConfiguredReceiver old = changed.get("old");
        changed.put("old", new ReceiverSettings.ConfiguredReceiver("园区平台", old.enterpriseIds(), old.enterpriseCodes(),
                old.profile(), old.enabled(), "test.configured.renamed", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null));
        instance(new ReceiverSettings(settings.masterKey(), settings.stream(), settings.secrets(), changed)).run(null);

        Receiver after = repository.find(receiverId).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.name()).isEqualTo("园区平台");
        assertThat(after.profile()).isEqualTo(new StreamProfile("test.configured.renamed"));
        assertThat(after.firstSyncAt()).isEqualTo(before.firstSyncAt());
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(api.get("/api/v1/deliveries?receiverId=" + receiverId + "&state=ACCEPTED").json()).hasSize(1);

        Map<String, ReceiverSettings.ConfiguredReceiver> dropped = new LinkedHashMap<>(settings.receivers());
        dropped.remove("old");
        List<String> othersBefore = configuredIds();
        instance(new ReceiverSettings(settings.masterKey(), settings.stream(), settings.secrets(), dropped)).run(null);

        assertThat(repository.find(receiverId)).isEmpty();
        assertThat(api.get("/api/v1/receivers/" + receiverId).status()).isEqualTo(404);
        assertThat(mongo.count(Query.query(Criteria.where("receiverId").is(receiverId)), "deliveries")).isZero();
        assertThat(configuredIds()).containsExactlyInAnyOrderElementsOf(othersBefore.stream().filter(id -> !id.equals(receiverId)).toList());
    }

    @Test
    void aBacklogGoesOutInBatchesOfTheReceiversBatchSizeOnTheReceiversPath() {
        SourceEvents source = new SourceEvents(kafka, GROUP).registered(SMALL_CODE, "91410800MA44XXK904");
        String first = newId();
        source.unit("risk.unit.created.v1", first, 1, Instant.now(), "张伟");
        await().atMost(WAIT).until(() -> sandbox.records().find("small", RecordType.RISK_UNIT, first).filter(HeldRecord::held).isPresent());
        String receiverId = "small-" + source.enterpriseId;
        ApiClient api = api();

        sandbox.admin().down();
        List<String> backlog = java.util.stream.IntStream.range(0, 7).mapToObj(i -> newId()).toList();
        backlog.forEach(id -> source.unit("risk.unit.created.v1", id, 1, Instant.now(), "张伟"));
        await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?receiverId=" + receiverId + "&state=PENDING").json(),
                rows -> rows.size() == backlog.size());
        sandbox.records().clear("small");
        sandbox.admin().reset();

        await().atMost(WAIT).until(() -> backlog.stream().allMatch(id ->
                sandbox.records().find("small", RecordType.RISK_UNIT, id).filter(HeldRecord::held).isPresent()));
        assertThat(sandbox.records().rejects("small")).isEmpty();
        List<Integer> sizes = sandbox.records().batches("small", 100).stream().map(cn.dualprevention.sandbox.hub.application.Batch::size)
                .toList();
        assertThat(sizes).containsExactlyInAnyOrder(3, 3, 1); // 7 records, batch size 3
        assertThat(repository.find(receiverId).orElseThrow().blockedReason()).isNull();
    }

    private List<String> configuredIds() {
        return repository.all().stream().filter(r -> r.configuredAs() != null && r.configuredAs().startsWith("dp.exchange.receivers."))
                .map(Receiver::id).toList();
    }

    /** What a freshly started instance builds from the same configuration and database. */
    private ConfiguredReceivers instance(ReceiverSettings configuration) {
        return new ConfiguredReceivers(configuration, receiverRules, repository, new ReceiverDirectory(repository), enterprises,
                clock, context);
    }

    private CompletableFuture<Void> startingInstance(ReceiverSettings configuration, CountDownLatch start) {
        ConfiguredReceivers instance = instance(configuration);
        return CompletableFuture.runAsync(() -> {
            awaitLatch(start);
            instance.run(null);
        });
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ApiClient api() {
        return ApiClient.as("http://localhost:" + port, "admin", GROUP).withRoles("GROUP_ADMIN");
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode rows) {
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false);
    }

    /** One record of each type of an enterprise (no missed cycle). */
    private static final class Chain {
        final String unitId = newId();
        final String eventId = newId();
        final String measureId = newId();
        final String taskId = newId();
        final String recordId = newId();
        final String hazardId = newId();

        Chain publish(SourceEvents source) {
            source.unit("risk.unit.created.v1", unitId, 1, Instant.now(), "张伟").riskEvent(eventId, unitId)
                    .measure(measureId, eventId, unitId).task(taskId, measureId, unitId)
                    .checked(recordId, taskId, measureId, unitId, "HAZARD_FOUND")
                    .hazard(hazardId, 1, recordId, taskId, measureId, unitId);
            return this;
        }

        Map<String, RecordType> all() {
            return Map.of(unitId, RecordType.RISK_UNIT, eventId, RecordType.RISK_EVENT, measureId, RecordType.CONTROL_MEASURE,
                    taskId, RecordType.CHECK_TASK, recordId, RecordType.CHECK_RECORD, hazardId, RecordType.HIDDEN_DANGER);
        }
    }
}
