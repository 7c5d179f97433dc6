package cn.dualprevention.sandbox;

import cn.dualprevention.sandbox.hub.domain.Account;
import cn.dualprevention.sandbox.hub.domain.Acknowledgement;
import cn.dualprevention.sandbox.hub.domain.BatchMode;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;
import cn.dualprevention.sandbox.hub.domain.RecordType;
import cn.dualprevention.sandbox.hub.domain.Records;
import cn.dualprevention.sandbox.hub.domain.RiskClassEncoding;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The sandbox over HTTP, started in-process through {@link SandboxReceiver#start}. */
class SandboxReceiverTest {

    static final Account A = new Account("ent-a", "secret-a", "0123456789abcdef", "fedcba9876543210");
    static final Account P = new Account("park-a", "secret-p", "hex:00112233445566778899aabbccddeeff",
            "base64:AAECAwQFBgcICQoLDA0ODw==");

    static SandboxReceiver sandbox;
    static HubClient client;
    static HttpServer receiptServer;
    static final LinkedBlockingQueue<String> pushed = new LinkedBlockingQueue<>();

    @BeforeAll
    static void start() throws IOException {
        receiptServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiptServer.createContext("/receipts", exchange -> {
            pushed.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiptServer.start();
        ReceiverProfile hub = ReceiverProfile.named("hub").account(A).build();
        ReceiverProfile park = ReceiverProfile.named("park").account(P).checkRecordIdField("recordId")
                .attachmentFields("dangerImg", "dangerAcceptImg").dateTimePattern("yyyy-MM-dd HH:mm:ss")
                .riskClass(RiskClassEncoding.ZERO_LOW_FIRST).batchMode(BatchMode.WHOLE_BATCH).authFailureStatus(421)
                .maxBatchSize(20).path(RecordType.RISK_UNIT, "risk_unit").build();
        ReceiverProfile async = ReceiverProfile.named("async").account(A).acknowledgement(Acknowledgement.ASYNC)
                .receiptDelayMs(600_000)
                .receiptUrl("http://127.0.0.1:" + receiptServer.getAddress().getPort() + "/receipts")
                .receiptCredentials("dp", "receipt-pw").build();
        sandbox = SandboxReceiver.start(SandboxSettings.of(hub, park, async));
        client = new HubClient(sandbox.baseUrl());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        receiptServer.stop(0);
    }

    @BeforeEach
    void clean() {
        sandbox.admin().reset();
        sandbox.records().clear(null);
        pushed.clear();
    }

    @Test
    void synchronous_per_record_results_and_inspection() {
        Map<String, Object> good = Records.riskUnit(Records.newId());
        Map<String, Object> bad = Records.riskUnit(Records.newId());
        bad.put("hazardLiablePerson", "一二三四五六七八九十一");
        HubClient.Response r = client.upload("hub", "riskUnit", A, List.of(good, bad));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("code").asInt()).isEqualTo(200);
        assertThat(r.json().get("msg").asString()).isEqualTo("2 records: 1 accepted, 1 rejected");
        assertThat(r.json().get("batchId").asString()).isNotBlank();
        JsonNode data = r.json().get("data");
        assertThat(data.get(0).get("id").asString()).isEqualTo(good.get("id"));
        assertThat(data.get(0).get("success").asBoolean()).isTrue();
        assertThat(data.get(0).get("action").asString()).isEqualTo("INSERTED");
        assertThat(data.get(1).get("success").asBoolean()).isFalse();
        assertThat(data.get(1).get("msg").asString())
                .isEqualTo("hazardLiablePerson: longer than 20 (is 22, a Chinese character counts as two)");
        assertThat(data.get(1).get("errors").get(0).get("rule").asString()).isEqualTo("max-width");

        JsonNode records = client.get("/admin/records?profile=hub&type=riskUnit").json();
        assertThat(records.get("count").asInt()).isEqualTo(2);
        JsonNode one = client.get("/admin/records/hub/riskUnit/" + good.get("id")).json();
        assertThat(one.get("fields").get("riskUnitName").asString()).isEqualTo("液氯储罐区");
        assertThat(one.get("accepted").asInt()).isEqualTo(1);
        assertThat(client.get("/admin/records/hub/riskUnit/" + Records.newId()).status()).isEqualTo(404);
        JsonNode rejects = client.get("/admin/rejects?profile=hub").json();
        assertThat(rejects.get("count").asInt()).isEqualTo(1);
        assertThat(rejects.get("rejects").get(0).get("msg").asString()).contains("hazardLiablePerson");
        JsonNode summary = client.get("/admin/summary?profile=hub").json().get("rows").get(0);
        assertThat(summary.get("type").asString()).isEqualTo("riskUnit");
        assertThat(summary.get("companyCode").asString()).isEqualTo(Records.COMPANY);
        assertThat(summary.get("held").asInt()).isEqualTo(1);
        assertThat(summary.get("received").asInt()).isEqualTo(2);
        assertThat(summary.get("rejected").asInt()).isEqualTo(1);
        assertThat(client.get("/admin/batches?profile=hub").json().get("batches").get(0).get("state").asString())
                .isEqualTo("DONE");
    }

    @Test
    void a_re_send_is_an_update_and_shows_as_duplicate() {
        Map<String, Object> unit = Records.riskUnit(Records.newId());
        client.upload("hub", "riskUnit", A, List.of(unit));
        HubClient.Response again = client.upload("hub", "riskUnit", A, List.of(unit));
        assertThat(again.json().get("data").get(0).get("action").asString()).isEqualTo("UPDATED");
        JsonNode dup = client.get("/admin/duplicates?profile=hub").json();
        assertThat(dup.get("count").asInt()).isEqualTo(1);
        assertThat(dup.get("records").get(0).get("duplicates").asInt()).isEqualTo(1);
        assertThat(sandbox.records().timesAccepted("hub", (String) unit.get("id"))).isEqualTo(2);
        assertThat(sandbox.records().timesReceived("hub", (String) unit.get("id"))).isEqualTo(2);
    }

    @Test
    void a_child_before_its_parent_is_rejected_with_a_message_then_accepted() {
        String unit = Records.newId();
        String event = Records.newId();
        HubClient.Response early = client.upload("hub", "riskEvent", A, List.of(Records.riskEvent(event, unit)));
        assertThat(early.json().get("data").get(0).get("msg").asString())
                .contains("please upload the risk unit first (请先上传安全风险分析单元)");
        client.upload("hub", "riskUnit", A, List.of(Records.riskUnit(unit)));
        HubClient.Response later = client.upload("hub", "riskEvent", A, List.of(Records.riskEvent(event, unit)));
        assertThat(later.json().get("data").get(0).get("action").asString()).isEqualTo("INSERTED");
        assertThat(sandbox.records().held("hub", RecordType.RISK_EVENT, Records.COMPANY)).hasSize(1);
    }

    @Test
    void login_failures() {
        String body = "{\"datas\":\"x\"}";
        HubClient.Response none = client.post("/hub/riskUnit", null, body);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.error()).isEqualTo("LOGIN_FAILED");
        assertThat(client.post("/hub/riskUnit", HubClient.basic("ent-a", "wrong"), body).status()).isEqualTo(401);
        assertThat(client.post("/hub/riskUnit", HubClient.basic("nobody", "secret-a"), body).status()).isEqualTo(401);
        assertThat(client.post("/hub/riskUnit", "Basic ???", body).status()).isEqualTo(401);
        HubClient.Response park = client.post("/park/risk_unit", HubClient.basic("park-a", "nope"), body);
        assertThat(park.status()).isEqualTo(421);
        assertThat(park.json().get("code").asInt()).isEqualTo(421);
    }

    @Test
    void envelopes_that_do_not_decrypt_or_parse() {
        String auth = HubClient.basic(A.user(), A.password());
        HubClient.Response otherKey = client.upload("hub", "riskUnit",
                new Account("ent-a", "secret-a", "0123456789abcdeX", "fedcba9876543210"),
                List.of(Records.riskUnit(Records.newId())));
        assertThat(otherKey.status()).isEqualTo(500);
        assertThat(otherKey.error()).isEqualTo("DECRYPT_FAILED");
        assertThat(client.post("/hub/riskUnit", auth, "{\"datas\":\"%%%\"}").error()).isEqualTo("DECRYPT_FAILED");
        assertThat(client.post("/hub/riskUnit", auth, "[]").error()).isEqualTo("BAD_ENVELOPE");
        assertThat(client.post("/hub/riskUnit", auth, "not json").error()).isEqualTo("BAD_ENVELOPE");
        String notArray = cn.dualprevention.sandbox.hub.infrastructure.AesCbc.encrypt(A.keyBytes(), A.ivBytes(),
                "{\"id\":\"x\"}");
        HubClient.Response r = client.post("/hub/riskUnit", auth, "{\"datas\":\"" + notArray + "\"}");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.error()).isEqualTo("BAD_ENVELOPE");
        assertThat(client.upload("hub", "riskUnit", A, List.of()).error()).isEqualTo("BAD_ENVELOPE");
    }

    @Test
    void batch_size_limit_and_unknown_paths() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Records.riskUnit(Records.newId()));
        }
        HubClient.Response r = client.upload("hub", "riskUnit", A, many);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("BATCH_TOO_LARGE");
        assertThat(sandbox.records().count("hub", null, null)).isZero();
        assertThat(client.upload("hub", "riskUnit", A, many.subList(0, 50)).status()).isEqualTo(200);
        assertThat(client.upload("park", "risk_unit", P, many.subList(0, 21)).error()).isEqualTo("BATCH_TOO_LARGE");
        assertThat(client.upload("hub", "nothing", A, many.subList(0, 1)).status()).isEqualTo(404);
        assertThat(client.upload("nowhere", "riskUnit", A, many.subList(0, 1)).error()).isEqualTo("UNKNOWN_PATH");
        assertThat(client.upload("park", "riskUnit", P, many.subList(0, 1)).status()).isEqualTo(404);
    }

    @Test
    void park_variant_whole_batches_dashed_dates_recordId_dangerImg() {
        Map<String, Object> unit = dashed(Records.riskUnit(Records.newId()));
        unit.put("riskClass", "0"); // 低 at this receiver
        Map<String, Object> compact = Records.riskUnit(Records.newId());
        HubClient.Response rejected = client.upload("park", "risk_unit", P, List.of(unit, compact));
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.error()).isEqualTo("BATCH_REJECTED");
        assertThat(rejected.json().get("data")).hasSize(1);
        assertThat(rejected.json().get("data").get(0).get("uuid").asString()).isEqualTo(compact.get("id"));
        assertThat(rejected.json().get("data").get(0).get("msg").asString()).contains("createDate");
        assertThat(sandbox.records().countHeld("park", null, null)).isZero();

        assertThat(client.upload("park", "risk_unit", P, List.of(unit)).status()).isEqualTo(200);
        String event = Records.newId();
        String measure = Records.newId();
        String task = Records.newId();
        String record = Records.newId();
        assertThat(client.upload("park", "riskEvent", P, List.of(dashed(Records.riskEvent(event, (String) unit.get("id")))))
                .status()).isEqualTo(200);
        client.upload("park", "controlMeasure", P, List.of(dashed(Records.controlMeasure(measure, event))));
        client.upload("park", "checkTask", P, List.of(dashed(Records.checkTask(task, measure))));
        client.upload("park", "checkRecord", P, List.of(dashed(Records.checkRecord(record, task))));
        Map<String, Object> hazard = dashed(Records.hiddenDanger(Records.newId(), measure, null));
        hazard.remove("checkRecordId");
        hazard.put("recordId", record);
        hazard.put("dangerManageDeadline", "20260310");
        hazard.put("dangerImg", Records.jpegBase64());
        HubClient.Response ok = client.upload("park", "hiddenDanger", P, List.of(hazard));
        assertThat(ok.status()).as(ok.json().toString()).isEqualTo(200);
        assertThat(sandbox.records().countHeld("park", null, null)).isEqualTo(6);
        assertThat(sandbox.records().find("park", RecordType.HIDDEN_DANGER, (String) hazard.get("id")).orElseThrow()
                .fields().get("dangerImg").toString()).startsWith("[photo, ");

        hazard.put("checkRecordId", record);
        HubClient.Response variant = client.upload("park", "hiddenDanger", P, List.of(hazard));
        assertThat(variant.status()).isEqualTo(400);
        assertThat(variant.json().get("data").get(0).get("msg").asString())
                .isEqualTo("checkRecordId: unknown field; this receiver names it recordId");
    }

    @Test
    void asynchronous_receipts_fetched_and_pushed() throws InterruptedException {
        Map<String, Object> good = Records.riskUnit(Records.newId());
        Map<String, Object> bad = Records.riskUnit(Records.newId());
        bad.put("riskClass", "9");
        HubClient.Response r = client.upload("async", "riskUnit", A, List.of(good, bad));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("data")).isEmpty();
        String batchId = r.json().get("batchId").asString();
        HubClient.Response pending = client.receipt("async", batchId, A);
        assertThat(pending.json().get("state").asString()).isEqualTo("PENDING");
        assertThat(sandbox.records().count("async", null, null)).isZero();

        assertThat(client.post("/admin/receipts/flush", null, "").json().get("processed").asInt()).isEqualTo(1);

        HubClient.Response done = client.receipt("async", batchId, A);
        assertThat(done.json().get("state").asString()).isEqualTo("DONE");
        assertThat(done.json().get("data").get(0).get("action").asString()).isEqualTo("INSERTED");
        assertThat(done.json().get("data").get(1).get("msg").asString()).startsWith("riskClass: '9' is not");
        assertThat(client.receipt("async", "no-such-batch", A).error()).isEqualTo("UNKNOWN_BATCH");
        assertThat(client.receipt("hub", batchId, A).status()).isEqualTo(404);

        String push = pushed.poll(30, TimeUnit.SECONDS);
        assertThat(push).startsWith(HubClient.basic("dp", "receipt-pw") + " ");
        JsonNode body = HubClient.JSON.readTree(push.substring(push.indexOf(' ', 7) + 1));
        assertThat(body.get("batchId").asString()).isEqualTo(batchId);
        assertThat(body.get("recordType").asString()).isEqualTo("riskUnit");
        assertThat(body.get("data").get(0).get("id").asString()).isEqualTo(good.get("id"));
        assertThat(body.get("data").get(1).get("success").asBoolean()).isFalse();
    }

    @Test
    void asynchronous_batches_are_processed_by_themselves_in_arrival_order() {
        sandbox.admin().putProfile(ReceiverProfile.named("async-fast").account(A)
                .acknowledgement(Acknowledgement.ASYNC).receiptDelayMs(50).build());
        String unit = Records.newId();
        String first = client.upload("async-fast", "riskUnit", A, List.of(Records.riskUnit(unit)))
                .json().get("batchId").asString();
        String second = client.upload("async-fast", "riskEvent", A, List.of(Records.riskEvent(Records.newId(), unit)))
                .json().get("batchId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "DONE".equals(client.receipt("async-fast", second, A).json().get("state").asString()));
        assertThat(client.receipt("async-fast", first, A).json().get("data").get(0).get("success").asBoolean()).isTrue();
        assertThat(client.receipt("async-fast", second, A).json().get("data").get(0).get("success").asBoolean())
                .isTrue();
    }

    @Test
    void faults_down_slow_reject_every_nth_and_reset() {
        List<Map<String, Object>> one = List.of(Records.riskUnit(Records.newId()));
        assertThat(client.put("/admin/faults/down", "{}").status()).isEqualTo(200);
        HubClient.Response down = client.upload("hub", "riskUnit", A, one);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.error()).isEqualTo("SANDBOX_DOWN");
        assertThat(client.get("/admin/faults").json().get("down").get("status").asInt()).isEqualTo(503);
        client.put("/admin/faults/down", "{\"mode\":\"STATUS\",\"status\":500}");
        assertThat(client.upload("hub", "riskUnit", A, one).error()).isEqualTo("SERVER_FAULT");
        assertThat(client.delete("/admin/faults/down").status()).isEqualTo(200);
        assertThat(client.upload("hub", "riskUnit", A, one).status()).isEqualTo(200);
        assertThat(sandbox.records().timesReceived("hub", (String) one.get(0).get("id"))).isEqualTo(1);

        client.put("/admin/faults/slow", "{\"delayMs\":400}");
        long t0 = System.nanoTime();
        assertThat(client.upload("hub", "riskUnit", A, one).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(client.get("/admin/faults").json().get("slowMs").asInt()).isEqualTo(400);
        client.delete("/admin/faults/slow");

        client.put("/admin/faults/reject-every", "{\"n\":2}");
        List<Map<String, Object>> four = List.of(Records.riskUnit(Records.newId()), Records.riskUnit(Records.newId()),
                Records.riskUnit(Records.newId()), Records.riskUnit(Records.newId()));
        JsonNode data = client.upload("hub", "riskUnit", A, four).json().get("data");
        assertThat(data.get(0).get("success").asBoolean()).isTrue();
        assertThat(data.get(1).get("success").asBoolean()).isFalse();
        assertThat(data.get(1).get("errors").get(0).get("rule").asString()).isEqualTo("fault");
        assertThat(data.get(3).get("success").asBoolean()).isFalse();

        client.post("/admin/faults/reset", null, "");
        JsonNode state = client.get("/admin/faults").json();
        assertThat(state.get("down").isNull()).isTrue();
        assertThat(state.get("slowMs").asInt()).isZero();
        assertThat(state.get("rejectEvery").asInt()).isZero();
        assertThat(client.upload("hub", "riskUnit", A, four).json().get("msg").asString())
                .isEqualTo("4 records: 4 accepted, 0 rejected");
    }

    @Test
    void down_with_a_time_comes_back_by_itself() {
        client.put("/admin/faults/down", "{\"mode\":\"STATUS\",\"status\":503,\"forMs\":300}");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                client.upload("hub", "riskUnit", A, List.of(Records.riskUnit(Records.newId()))).status() == 200);
    }

    @Test
    void connection_refused_and_back() {
        sandbox.admin().refuseConnections();
        await().atMost(Duration.ofSeconds(30)).until(() -> refused("/admin/faults"));
        assertThatThrownBy(() -> client.statusOrThrow("/admin/faults")).isInstanceOf(ConnectException.class);
        sandbox.admin().up();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> client.statusOrThrow("/admin/faults") == 200);

        HubClient.Response r = client.put("/admin/faults/down", "{\"mode\":\"REFUSE\",\"forMs\":1500}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("down").get("mode").asString()).isEqualTo("REFUSE");
        await().atMost(Duration.ofSeconds(30)).until(() -> refused("/admin/faults"));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> client.statusOrThrow("/admin/faults") == 200);
        assertThat(client.upload("hub", "riskUnit", A, List.of(Records.riskUnit(Records.newId()))).status())
                .isEqualTo(200);
    }

    @Test
    void bad_admin_input_is_a_problem_naming_field_and_rule() {
        HubClient.Response r = client.put("/admin/faults/reject-every", "{\"n\":0}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("field").asString()).isEqualTo("n");
        assertThat(r.json().get("rule").asString()).isEqualTo("range");
        HubClient.Response refuse = client.put("/admin/faults/down", "{\"mode\":\"REFUSE\"}");
        assertThat(refuse.json().get("field").asString()).isEqualTo("forMs");
        assertThat(refuse.json().get("rule").asString()).isEqualTo("required");
        assertThat(client.put("/admin/faults/down", "{\"mode\":\"SIDEWAYS\"}").json().get("field").asString())
                .isEqualTo("body");
        assertThat(client.put("/admin/profiles/admin", "{}").json().get("rule").asString()).isEqualTo("reserved");
        HubClient.Response key = client.put("/admin/profiles/x",
                "{\"accounts\":[{\"user\":\"u\",\"password\":\"p\",\"key\":\"short\",\"iv\":\"0123456789abcdef\"}]}");
        assertThat(key.json().get("field").asString()).isEqualTo("key");
        assertThat(client.get("/admin/records?type=riskThing").json().get("field").asString()).isEqualTo("type");
        assertThat(client.get("/admin/faults").status()).isEqualTo(200);
    }

    @Test
    void profiles_added_at_run_time_and_listed_without_secrets() {
        HubClient.Response put = client.put("/admin/profiles/lake", """
                {"dateTimePattern": "yyyy-MM-dd HH:mm:ss", "riskClass": "ZERO_MAJOR_FIRST",
                 "paths": {"riskUnit": "unit"}, "extraRequired": {"riskUnit": ["longitude"]},
                 "accounts": [{"user": "lake", "password": "lake-pw", "key": "0123456789abcdef",
                               "iv": "fedcba9876543210", "companyCode": "123456789"}]}""");
        assertThat(put.status()).as(put.json().toString()).isEqualTo(200);
        Account lake = new Account("lake", "lake-pw", "0123456789abcdef", "fedcba9876543210");
        Map<String, Object> unit = dashed(Records.riskUnit(Records.newId()));
        unit.put("riskClass", "0");
        assertThat(client.upload("lake", "unit", lake, List.of(unit)).json().get("data").get(0).get("action")
                .asString()).isEqualTo("INSERTED");
        unit.remove("longitude");
        assertThat(client.upload("lake", "unit", lake, List.of(unit)).json().get("data").get(0).get("msg")
                .asString()).isEqualTo("longitude: required (必填)");
        JsonNode profiles = client.get("/admin/profiles").json();
        JsonNode lakeView = java.util.stream.StreamSupport.stream(profiles.spliterator(), false)
                .filter(p -> p.get("name").asString().equals("lake")).findFirst().orElseThrow();
        assertThat(lakeView.get("paths").get("riskUnit").asString()).isEqualTo("unit");
        assertThat(lakeView.get("attachmentFields").toString()).isEqualTo("[\"attachments1\",\"attachments2\"]");
        assertThat(lakeView.get("extraRequired").get("riskUnit").get(0).asString()).isEqualTo("longitude");
        assertThat(lakeView.get("accounts").get(0).get("companyCode").asString()).isEqualTo("123456789");
        String listing = profiles.toString();
        assertThat(listing).contains("\"lake\"").doesNotContain("lake-pw").doesNotContain("secret-a")
                .doesNotContain("0123456789abcdef");
    }

    @Test
    void ten_thousand_records_are_held_exactly() {
        for (int batch = 0; batch < 200; batch++) {
            List<Map<String, Object>> records = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                records.add(Records.riskUnit(Records.newId()));
            }
            HubClient.Response r = client.upload("hub", "riskUnit", A, records);
            assertThat(r.json().get("msg").asString()).isEqualTo("50 records: 50 accepted, 0 rejected");
        }
        assertThat(sandbox.records().countHeld("hub", RecordType.RISK_UNIT, Records.COMPANY)).isEqualTo(10_000);
        assertThat(client.get("/admin/records?profile=hub&limit=10").json().get("count").asInt()).isEqualTo(10_000);
        assertThat(client.get("/admin/records?profile=hub&limit=10").json().get("records")).hasSize(10);
        assertThat(client.get("/admin/summary").json().get("rows").get(0).get("held").asInt()).isEqualTo(10_000);
        assertThat(client.delete("/admin/records?profile=hub").status()).isEqualTo(204);
        assertThat(sandbox.records().count(null, null, null)).isZero();
    }

    private static boolean refused(String path) {
        try {
            client.statusOrThrow(path);
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The record with dates as {@code yyyy-MM-dd HH:mm:ss}. */
    private static Map<String, Object> dashed(Map<String, Object> record) {
        record.replaceAll((k, v) -> v instanceof String s && s.matches("\\d{14}")
                ? s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8) + " " + s.substring(8, 10)
                + ":" + s.substring(10, 12) + ":" + s.substring(12, 14) : v);
        return record;
    }
}
