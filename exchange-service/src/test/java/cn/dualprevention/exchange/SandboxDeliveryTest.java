package cn.dualprevention.exchange;

import cn.dualprevention.exchange.delivery.application.DeliverySignals;
import cn.dualprevention.exchange.delivery.domain.ResyncRequest;
import cn.dualprevention.exchange.delivery.domain.ResyncRequestRepository;
import cn.dualprevention.exchange.delivery.domain.ResyncState;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.sandbox.SandboxReceiver;
import cn.dualprevention.sandbox.SandboxSettings;
import cn.dualprevention.sandbox.hub.domain.Account;
import cn.dualprevention.sandbox.hub.domain.Acknowledgement;
import cn.dualprevention.sandbox.hub.domain.BatchMode;
import cn.dualprevention.sandbox.hub.domain.HeldRecord;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;
import cn.dualprevention.sandbox.hub.domain.RecordType;
import cn.dualprevention.sandbox.hub.domain.RiskClassEncoding;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static cn.dualprevention.exchange.SourceEvents.RISK;
import static cn.dualprevention.exchange.SourceEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance against the sandbox receiver (a strict http-batch hub): a receiver down during activity catches up with
 * every record accepted once in effect, parents first; a rejected record shows the hub's message and goes out once
 * its source is fixed; the profile variants and asynchronous receipts reach a hub that checks every field.
 */
@ServiceTest
class SandboxDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Account ACCOUNT = new Account("ent-a", "Sandbox-Secret-A1!", "DpSandboxKey0001", "DpSandboxIv00001");
    private static SandboxReceiver sandbox;

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MeterRegistry meters;
    @Autowired
    RegulatorRecords records;
    @Autowired
    ResyncRequestRepository resyncRequests;
    @Autowired
    DeliverySignals signals;
    @LocalServerPort
    int port;

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxReceiver.start(SandboxSettings.of(
                ReceiverProfile.named("outage").account(ACCOUNT).build(),
                ReceiverProfile.named("sluggish").account(ACCOUNT).build(),
                ReceiverProfile.named("resumed").account(ACCOUNT).build(),
                ReceiverProfile.named("picky").account(ACCOUNT).extraRequired(RecordType.HIDDEN_DANGER, "occurrenceLink").build(),
                ReceiverProfile.named("variant").account(ACCOUNT).checkRecordIdField("recordId")
                        .dateTimePattern("yyyy-MM-dd HH:mm:ss").datePattern("yyyy-MM-dd").riskClass(RiskClassEncoding.ZERO_MAJOR_FIRST)
                        .batchMode(BatchMode.WHOLE_BATCH).maxBatchSize(20).authFailureStatus(421).build()));
    }

    private final List<String> receivers = new java.util.ArrayList<>();

    @AfterEach
    void faultsOffAndReceiversGone() {
        sandbox.admin().reset();
        receivers.forEach(id -> api().delete("/api/v1/receivers/" + id));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void aReceiverDownDuringActivityCatchesUpWithEveryRecordAcceptedOnceParentsFirst() {
        Chain chain = new Chain();
        SourceEvents source = new SourceEvents(kafka, "group-sandbox").registered("410100201", "91410100MA44XXK201");
        chain.publishModel(source);
        String receiverId = receiver(source, "outage", "");
        await().atMost(WAIT).until(() -> sandbox.records().find("outage", RecordType.CONTROL_MEASURE, chain.measureId)
                .filter(HeldRecord::held).isPresent());

        sandbox.admin().down();
        chain.publishActivity(source);
        source.unit("risk.unit.updated.v1", chain.unitId, 2, Instant.now(), "李娜");
        ApiClient api = api();
        // down for a while: retried with backoff (several attempts), the records stay pending with the failure
        await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?receiverId=" + receiverId + "&state=PENDING").json(),
                rows -> rows.size() > 0 && stream(rows).anyMatch(row -> row.path("message").isString()
                        && row.get("message").asString().startsWith("receiver fault") && row.get("attempts").asInt() >= 3));
        await().atMost(WAIT).ignoreExceptions().until(() -> meters.get("dp.exchange.backlog").tag("receiver", receiverId).gauge().value() > 0);
        assertThat(meters.get("dp.exchange.oldest.undelivered.age").tag("receiver", receiverId).gauge().value()).isPositive();
        assertThat(sandbox.records().find("outage", RecordType.CHECK_TASK, chain.taskId)).isEmpty();

        sandbox.admin().up();
        await().atMost(WAIT).until(() -> chain.all().entrySet().stream().allMatch(e ->
                sandbox.records().find("outage", e.getValue(), e.getKey()).filter(HeldRecord::held).isPresent()));
        await().atMost(WAIT).until(() -> "李娜".equals(sandbox.records().find("outage", RecordType.RISK_UNIT, chain.unitId)
                .map(r -> r.fields().get("hazardLiablePerson")).orElse(null)));
        assertThat(sandbox.records().rejects("outage")).isEmpty(); // the hub checks parents: none came before its parent
        // nothing accepted was sent again needlessly: no identical re-send (the unit's second version is an update)
        assertThat(sandbox.records().duplicates("outage")).allSatisfy(r -> assertThat(r.duplicates()).isZero());
        for (Map.Entry<String, RecordType> record : chain.all().entrySet()) {
            HeldRecord held = sandbox.records().find("outage", record.getValue(), record.getKey()).orElseThrow();
            assertThat(held.accepted()).as(record.toString()).isEqualTo(record.getKey().equals(chain.unitId) ? 2 : 1);
        }
        assertThat(firstAccepted(RecordType.RISK_UNIT, chain.unitId)).isBeforeOrEqualTo(firstAccepted(RecordType.RISK_EVENT, chain.eventId));
        assertThat(firstAccepted(RecordType.CONTROL_MEASURE, chain.measureId)).isBeforeOrEqualTo(firstAccepted(RecordType.CHECK_TASK, chain.taskId));
        assertThat(firstAccepted(RecordType.CHECK_TASK, chain.taskId)).isBeforeOrEqualTo(firstAccepted(RecordType.CHECK_RECORD, chain.recordId));
        assertThat(firstAccepted(RecordType.CHECK_RECORD, chain.recordId)).isBeforeOrEqualTo(firstAccepted(RecordType.HIDDEN_DANGER, chain.hazardId));
        assertThat(sandbox.records().find("outage", RecordType.RISK_UNIT, chain.unitId).orElseThrow().fields())
                .containsEntry("hazardLiablePerson", "李娜");
        await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?receiverId=" + receiverId).json(),
                rows -> rows.size() == chain.all().size() && stream(rows).allMatch(row -> row.get("state").asString().equals("ACCEPTED")));
        await().atMost(WAIT).ignoreExceptions().until(() -> meters.get("dp.exchange.backlog").tag("receiver", receiverId).gauge().value() == 0);
        assertThat(meters.get("dp.exchange.records.accepted").tag("receiver", receiverId).counter().count())
                .isGreaterThanOrEqualTo(chain.all().size());
    }

    @Test
    void aSlowReceiverTimesOutIsRetriedAndCatchesUpWhenItIsFastAgain() {
        Chain chain = new Chain();
        SourceEvents source = new SourceEvents(kafka, "group-sandbox").registered("410100205", "91410100MA44XXK205");
        chain.publishModel(source);
        String receiverId = receiver(source, "sluggish", ",\"timeoutSeconds\":1");
        await().atMost(WAIT).until(() -> sandbox.records().find("sluggish", RecordType.CONTROL_MEASURE, chain.measureId)
                .filter(HeldRecord::held).isPresent());

        sandbox.admin().slow(Duration.ofMillis(2500));
        chain.publishActivity(source);
        ApiClient api = api();
        await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?receiverId=" + receiverId + "&state=PENDING").json(),
                rows -> stream(rows).anyMatch(row -> row.path("message").isString()
                        && row.get("message").asString().contains("HttpTimeoutException")));

        sandbox.admin().reset();
        await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?receiverId=" + receiverId).json(),
                rows -> rows.size() == chain.all().size() && stream(rows).allMatch(row -> row.get("state").asString().equals("ACCEPTED")));
        assertThat(sandbox.records().rejects("sluggish")).isEmpty();
        chain.all().forEach((id, type) -> assertThat(sandbox.records().find("sluggish", type, id).filter(HeldRecord::held)).isPresent());
    }

    @Test
    void aRejectedRecordShowsTheHubsMessageAndGoesOutOnceItsSourceIsFixed() {
        Chain chain = new Chain();
        SourceEvents source = new SourceEvents(kafka, "group-sandbox").registered("410100202", "91410100MA44XXK202");
        chain.publishModel(source);
        chain.publishActivity(source);
        String receiverId = receiver(source, "picky", "");
        ApiClient api = api();
        String rejected = "/api/v1/deliveries?receiverId=" + receiverId + "&state=REJECTED&recordType=hiddenDanger";

        JsonNode rows = await().atMost(WAIT).until(() -> api.get(rejected).json(), found -> found.size() == 1);
        assertThat(rows.get(0).get("recordId").asString()).isEqualTo(chain.hazardId);
        assertThat(rows.get(0).get("message").asString()).contains("occurrenceLink");
        assertThat(rows.get(0).get("history")).anySatisfy(line -> assertThat(line.get("outcome").asString()).isEqualTo("rejected"));
        assertThat(sandbox.records().find("picky", RecordType.HIDDEN_DANGER, chain.hazardId).filter(HeldRecord::held)).isEmpty();

        source.hazard(chain.hazardId, 2, chain.recordId, chain.taskId, chain.measureId, chain.unitId, "occurrenceLink", "6");
        await().atMost(WAIT).until(() -> sandbox.records().find("picky", RecordType.HIDDEN_DANGER, chain.hazardId)
                .filter(HeldRecord::held).isPresent());
        assertThat(sandbox.records().find("picky", RecordType.HIDDEN_DANGER, chain.hazardId).orElseThrow().fields())
                .containsEntry("occurrenceLink", "6");
        await().atMost(WAIT).until(() -> api.get(rejected).json().isEmpty());

        // a record the hub rejected for its own reasons goes again when a person asks
        sandbox.admin().rejectEvery(1);
        source.unit("risk.unit.updated.v1", chain.unitId, 2, Instant.now(), "李娜");
        String unitRow = "/api/v1/deliveries?receiverId=" + receiverId + "&recordType=riskUnit";
        await().atMost(WAIT).until(() -> api.get(unitRow).json().get(0).get("state").asString().equals("REJECTED"));
        sandbox.admin().reset();
        assertThat(api.post("/api/v1/deliveries/" + receiverId + "/riskUnit/" + chain.unitId + "/resend", "").status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> api.get(unitRow).json().get(0).get("state").asString().equals("ACCEPTED"));
        assertThat(sandbox.records().find("picky", RecordType.RISK_UNIT, chain.unitId).orElseThrow().fields())
                .containsEntry("hazardLiablePerson", "李娜");

        // a full resync on request: 202 at once with the stored request; the receiver's loop plans and sends every record
        Map<String, Long> before = received("picky", chain.all().keySet());
        Posted asked = postKeepingLocation(api, "/api/v1/receivers/" + receiverId + "/resync?enterpriseId=" + source.enterpriseId);
        assertThat(asked.answer().status()).as(asked.answer().body()).isEqualTo(202);
        JsonNode request = asked.answer().json();
        assertThat(request.get("state").asString()).isEqualTo("QUEUED");
        assertThat(request.get("planned").asLong()).isZero();
        assertThat(request.get("force").asBoolean()).isTrue();
        assertThat(request.get("requestedBy").asString()).isEqualTo("admin");
        assertThat(asked.location()).isEqualTo("/api/v1/receivers/" + receiverId + "/resyncs/" + request.get("id").asString());
        JsonNode done = await().atMost(WAIT).until(() -> api.get(asked.location()).json(), r -> "DONE".equals(r.get("state").asString()));
        assertThat(done.get("planned").asLong()).isEqualTo(chain.all().size());
        assertThat(done.get("finishedAt").isNull()).isFalse();
        await().atMost(WAIT).until(() -> chain.all().keySet().stream()
                .allMatch(id -> sandbox.records().timesReceived("picky", id) > before.get(id)));

        // the receiver's requests, newest first: this one, then its first connection's full sync (not forced)
        JsonNode recent = api.get("/api/v1/receivers/" + receiverId + "/resyncs").json();
        assertThat(stream(recent).map(r -> r.get("id").asString()))
                .containsExactly(request.get("id").asString(), "first-" + receiverId);
        assertThat(recent.get(1).get("force").asBoolean()).isFalse();
        assertThat(recent.get(1).get("requestedBy").asString()).isEqualTo("system");
        assertThat(recent.get(1).get("state").asString()).isEqualTo("DONE");

        // another tenant learns nothing of them, nor may ask for one; an unknown request is 404 too
        ApiClient stranger = ApiClient.as("http://localhost:" + port, "snoop", "another-group").withRoles("GROUP_ADMIN");
        assertThat(stranger.get(asked.location()).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/receivers/" + receiverId + "/resyncs").status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/receivers/" + receiverId + "/resync?enterpriseId=" + source.enterpriseId, "").status())
                .isEqualTo(404);
        ApiClient.Response unknown = api.get("/api/v1/receivers/" + receiverId + "/resyncs/" + newId());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    @Test
    void aResyncCutOffMidWayIsResumedFromItsCursorByTheReceiversLoop() {
        Chain chain = new Chain();
        SourceEvents source = new SourceEvents(kafka, "group-sandbox").registered("410100207", "91410100MA44XXK207");
        chain.publishModel(source);
        chain.publishActivity(source);
        String receiverId = receiver(source, "resumed", "");
        ApiClient api = api();
        await().atMost(WAIT).until(() -> chain.all().entrySet().stream().allMatch(e ->
                sandbox.records().find("resumed", e.getValue(), e.getKey()).filter(HeldRecord::held).isPresent()));
        JsonNode first = api.get("/api/v1/receivers/" + receiverId + "/resyncs/first-" + receiverId).json();
        assertThat(first.get("state").asString()).isEqualTo("DONE");
        assertThat(first.get("force").asBoolean()).isFalse();

        // an instance died after planning the first three records of a resync: its cursor and count were saved
        List<String> keys = records.ofEnterprise(source.enterpriseId, null, 1000).stream().map(k -> k.ref().key()).toList();
        List<String> ids = records.ofEnterprise(source.enterpriseId, null, 1000).stream().map(k -> k.ref().id()).toList();
        assertThat(ids).hasSize(chain.all().size());
        Map<String, Long> before = received("resumed", ids);
        Instant asked = Instant.now();
        ResyncRequest cutOff = new ResyncRequest(cn.dualprevention.platform.ids.Ids.newId(), receiverId, source.groupId,
                source.enterpriseId, true, ResyncState.RUNNING, "admin", asked, asked, null, 3, keys.get(2), null);
        assertThat(resyncRequests.insert(cutOff)).isTrue();
        signals.wake(receiverId);

        JsonNode done = await().atMost(WAIT).until(() -> api.get("/api/v1/receivers/" + receiverId + "/resyncs/" + cutOff.id()).json(),
                r -> "DONE".equals(r.get("state").asString()));
        assertThat(done.get("planned").asLong()).isEqualTo(ids.size());
        List<String> after = ids.subList(3, ids.size());
        await().atMost(WAIT).until(() -> after.stream().allMatch(id -> sandbox.records().timesReceived("resumed", id) > before.get(id)));
        // what was planned before the cut-off is not planned again
        ids.subList(0, 3).forEach(id -> assertThat(sandbox.records().timesReceived("resumed", id)).as(id).isEqualTo(before.get(id)));
    }

    private static Map<String, Long> received(String profile, java.util.Collection<String> ids) {
        Map<String, Long> times = new java.util.HashMap<>();
        ids.forEach(id -> times.put(id, sandbox.records().timesReceived(profile, id)));
        return times;
    }

    /**
     * POSTs as the client's caller (its own Authorization, minted by {@link ApiClient}) and keeps the Location header,
     * which {@link ApiClient.Response} does not carry.
     */
    private Posted postKeepingLocation(ApiClient api, String path) {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", api.authorization()).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            java.net.http.HttpResponse<String> response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Posted(new ApiClient.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("X-Request-Id").orElse(null), response.body()),
                    response.headers().firstValue("Location").orElse(null));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Posted(ApiClient.Response answer, String location) {
    }

    @Test
    void theProfileVariantsReachAHubThatChecksEveryFieldAndAWholeBatchRefusalIsolatesTheBadRecord() {
        Chain chain = new Chain();
        SourceEvents source = new SourceEvents(kafka, "group-sandbox").registered("410100203", "91410100MA44XXK203");
        chain.publishModel(source);
        chain.publishActivity(source);
        String badUnit = newId();
        source.publish(RISK, "risk.unit.created.v1", badUnit, 1, Instant.now(), "unitId", badUnit, "hazardCode", "410100001002",
                "name", "罐区", "responsibleDepartment", "储运部", "responsiblePerson", "张伟", "riskLevel", "MAJOR",
                "longitude", 213.75, "latitude", 34.72, "status", "IN_SERVICE"); // the hub checks the longitude range
        String receiverId = receiver(source, "variant", """
                ,"dateTimeFormat":"yyyy-MM-dd HH:mm:ss","dateFormat":"yyyy-MM-dd","batchSize":20,
                "riskClassCodes":{"MAJOR":"0","CONSIDERABLE":"1","GENERAL":"2","LOW":"3"},
                "fieldNames":{"hiddenDanger.checkRecordId":"recordId","hiddenDanger.attachments1":"dangerImg","hiddenDanger.attachments2":"dangerAcceptImg"}
                """);
        await().atMost(WAIT).until(() -> chain.all().entrySet().stream().allMatch(e ->
                sandbox.records().find("variant", e.getValue(), e.getKey()).filter(HeldRecord::held).isPresent()));
        Map<String, Object> hazard = sandbox.records().find("variant", RecordType.HIDDEN_DANGER, chain.hazardId).orElseThrow().fields();
        assertThat(hazard).containsEntry("recordId", chain.recordId).doesNotContainKey("checkRecordId")
                .containsEntry("dangerManageDeadline", "2026-03-31");
        assertThat((String) hazard.get("createDate")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(sandbox.records().find("variant", RecordType.RISK_UNIT, chain.unitId).orElseThrow().fields())
                .containsEntry("riskClass", "1"); // 较大 in the 0 重大 … 3 低 encoding
        ApiClient api = api();
        JsonNode bad = await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?receiverId=" + receiverId + "&state=REJECTED").json(),
                rows -> rows.size() == 1);
        assertThat(bad.get(0).get("recordId").asString()).isEqualTo(badUnit);
        assertThat(bad.get(0).get("message").asString()).contains("longitude");

        // credentials the hub refuses (here with 421) stop the receiver until a person changes it
        String refused = receiver(source, "variant", ",\"batchSize\":20,\"dateTimeFormat\":\"yyyy-MM-dd HH:mm:ss\"", "sandbox-b");
        JsonNode stopped = await().atMost(WAIT).until(() -> api.get("/api/v1/receivers/" + refused).json(),
                r -> r.path("blockedReason").isString());
        assertThat(stopped.get("blockedReason").asString()).contains("421").doesNotContain("Sandbox-Secret");
        assertThat(api.get("/api/v1/deliveries?receiverId=" + refused + "&state=ACCEPTED").json()).isEmpty();
    }

    @Test
    void anAsynchronousHubsReceiptsSettleTheRecordsAndChildrenWaitForThem() {
        Chain chain = new Chain();
        SourceEvents source = new SourceEvents(kafka, "group-sandbox").registered("410100204", "91410100MA44XXK204");
        chain.publishModel(source);
        chain.publishActivity(source);
        ApiClient api = api();
        JsonNode created = createOnceKnown("""
                {"name":"异步平台","enterpriseId":"%s","profile":"http-batch","baseUrl":"%s","integerCheckCycle":true,
                 "acknowledgement":"ASYNC","receiptTimeoutSeconds":300,"credentials":"sandbox-a","enabled":false}
                """.formatted(source.enterpriseId, sandbox.profileUrl("async"))).json();
        String receiverId = created.get("id").asString();
        receivers.add(receiverId);
        sandbox.admin().putProfile(ReceiverProfile.named("async").account(ACCOUNT).acknowledgement(Acknowledgement.ASYNC)
                .receiptUrl("http://localhost:" + port + "/receipts/" + receiverId).receiptCredentials("ent-a", "Sandbox-Secret-A1!")
                .receiptDelayMs(100).build());
        assertThat(api.put("/api/v1/receivers/" + receiverId, """
                {"name":"异步平台","profile":"http-batch","baseUrl":"%s","integerCheckCycle":true,
                 "acknowledgement":"ASYNC","receiptTimeoutSeconds":300,"credentials":"sandbox-a","enabled":true}
                """.formatted(sandbox.profileUrl("async"))).status()).isEqualTo(200);

        await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?receiverId=" + receiverId).json(),
                rows -> rows.size() == chain.all().size() && stream(rows).allMatch(row -> row.get("state").asString().equals("ACCEPTED")));
        assertThat(sandbox.records().rejects("async")).isEmpty();
        assertThat(api.post("/receipts/" + receiverId, "{\"batchId\":\"x\",\"data\":[]}").status()).isEqualTo(401);
    }

    private Instant firstAccepted(RecordType type, String id) {
        return sandbox.records().find("outage", type, id).orElseThrow().firstAcceptedAt();
    }

    private String receiver(SourceEvents source, String profile, String extra) {
        return receiver(source, profile, extra, "sandbox-a");
    }

    /**
     * A receiver of the enterprise: its registration is an event, and a receiver can name only an enterprise that
     * exchange-service knows (404 before) — the source events published meanwhile wait for the registration by themselves.
     */
    private String receiver(SourceEvents source, String profile, String extra, String credentials) {
        ApiClient.Response created = createOnceKnown("""
                {"name":"沙箱 %s","enterpriseId":"%s","profile":"http-batch","baseUrl":"%s","integerCheckCycle":true,
                 "credentials":"%s"%s}
                """.formatted(profile, source.enterpriseId, sandbox.profileUrl(profile), credentials, extra));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        receivers.add(created.json().get("id").asString());
        return created.json().get("id").asString();
    }

    private ApiClient.Response createOnceKnown(String body) {
        return await().atMost(WAIT).until(() -> api().post("/api/v1/receivers", body), answer -> answer.status() != 404);
    }

    private ApiClient api() {
        return ApiClient.as("http://localhost:" + port, "admin", "group-sandbox").withRoles("SAFETY_MANAGER");
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode rows) {
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false);
    }

    /** One of each record type of an enterprise: the risk model, then inspection activity and a hazard. */
    private static final class Chain {
        final String unitId = newId();
        final String eventId = newId();
        final String measureId = newId();
        final String taskId = newId();
        final String recordId = newId();
        final String missedId = newId();
        final String hazardId = newId();

        void publishModel(SourceEvents source) {
            source.unit("risk.unit.created.v1", unitId, 1, Instant.now(), "张伟").riskEvent(eventId, unitId)
                    .measure(measureId, eventId, unitId);
        }

        void publishActivity(SourceEvents source) {
            source.task(taskId, measureId, unitId).checked(recordId, taskId, measureId, unitId, "HAZARD_FOUND")
                    .missed(missedId, taskId, measureId, unitId)
                    .hazard(hazardId, 1, recordId, taskId, measureId, unitId);
        }

        Map<String, RecordType> all() {
            return Map.of(unitId, RecordType.RISK_UNIT, eventId, RecordType.RISK_EVENT, measureId, RecordType.CONTROL_MEASURE,
                    taskId, RecordType.CHECK_TASK, recordId, RecordType.CHECK_RECORD, missedId, RecordType.CHECK_RECORD,
                    hazardId, RecordType.HIDDEN_DANGER);
        }
    }
}
