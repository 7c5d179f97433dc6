package cn.dualprevention.exchange;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.EventProbe;
import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

import static cn.dualprevention.exchange.SourceEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A record that would break the specification, or whose parent is not out yet, is held visibly — and released. */
@ServiceTest
class HeldRecordsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @LocalServerPort
    int port;

    @Test
    void aUnitWhoseResponsiblePersonIsTooWideIsHeldUntilAnUpdateFixesIt() {
        String unitId = newId();
        SourceEvents source = new SourceEvents(kafka, "group-held").registered()
                .unit("risk.unit.created.v1", unitId, 1, Instant.now(), "欧阳娜娜提木尔巴特尔王");
        ApiClient api = caller("auditor", "group-held");
        String held = "/api/v1/deliveries?state=HELD&recordType=riskUnit&enterpriseId=" + source.enterpriseId;

        JsonNode listed = await().atMost(WAIT).until(() -> api.get(held).json(), rows -> rows.size() == 1);
        assertThat(listed.get(0).get("recordId").asString()).isEqualTo(unitId);
        assertThat(listed.get(0).get("holdReasons").get(0).asString()).contains("hazardLiablePerson is 22 wide, the limit is 20");
        assertThat(listed.get(0).get("record").get("hazardLiablePerson").asString()).isEqualTo("欧阳娜娜提木尔巴特尔王");

        source.unit("risk.unit.updated.v1", unitId, 2, Instant.now(), "欧阳娜娜");
        try (EventProbe stream = new EventProbe(brokers, "dp.regulator.riskUnit")) {
            assertThat(stream.await(r -> r.key().equals(unitId), 1, WAIT)).singleElement()
                    .satisfies(r -> assertThat(r.value()).contains("\"hazardLiablePerson\":\"欧阳娜娜\""));
            assertThat(stream.drain(r -> r.key().equals(unitId), Duration.ofSeconds(2))).hasSize(1);
        }
        assertThat(api.get(held).json()).isEmpty();
        JsonNode sent = await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?state=ACCEPTED&enterpriseId=" + source.enterpriseId).json(),
                rows -> rows.size() == 1);
        assertThat(sent).singleElement().satisfies(row -> assertThat(row.get("holdReasons")).isEmpty());
    }

    @Test
    void aChildIsHeldUntilItsParentGoesOut() {
        String unitId = newId();
        String eventId = newId();
        String measureId = newId();
        SourceEvents source = new SourceEvents(kafka, "group-held").registered()
                .unit("risk.unit.created.v1", unitId, 1, Instant.now(), "张伟")
                .measure(measureId, eventId, unitId);
        ApiClient api = caller("auditor", "group-held");
        String held = "/api/v1/deliveries?state=HELD&recordType=controlMeasure&enterpriseId=" + source.enterpriseId;

        JsonNode listed = await().atMost(WAIT).until(() -> api.get(held).json(), rows -> rows.size() == 1);
        assertThat(listed.get(0).get("holdReasons").get(0).asString()).isEqualTo("parent riskEvent " + eventId + " not sent yet");

        source.riskEvent(eventId, unitId);
        try (EventProbe measures = new EventProbe(brokers, "dp.regulator.controlMeasure");
             EventProbe events = new EventProbe(brokers, "dp.regulator.riskEvent")) {
            assertThat(events.await(r -> r.key().equals(eventId), 1, WAIT)).hasSize(1);
            assertThat(measures.await(r -> r.key().equals(measureId), 1, WAIT)).singleElement()
                    .satisfies(r -> assertThat(r.value()).contains("\"riskEventId\":\"" + eventId + "\""));
        }
        assertThat(api.get(held).json()).isEmpty();
    }

    @Test
    void recordsWhoseEventsRanAheadOfTheEnterprisesRegistrationGoOutWhenItArrivesAndOnlyOnce() {
        String unitId = newId();
        String eventId = newId();
        String measureId = newId();
        String taskId = newId();
        String recordId = newId();
        String hazardId = newId();
        // the whole chain before the registration (topics are consumed independently; after a restart or a catch-up)
        SourceEvents source = new SourceEvents(kafka, "group-early")
                .unit("risk.unit.created.v1", unitId, 1, Instant.now(), "张伟").riskEvent(eventId, unitId)
                .measure(measureId, eventId, unitId).task(taskId, measureId, unitId)
                .checked(recordId, taskId, measureId, unitId, "HAZARD_FOUND")
                .hazard(hazardId, 1, recordId, taskId, measureId, unitId);
        ApiClient api = caller("auditor", "group-early");
        String notKnown = "enterprise " + source.enterpriseId + " is not known yet";
        await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?state=HELD").json(), rows -> rows.size() == 6
                && java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                .allMatch(row -> row.get("holdReasons").toString().contains(notKnown)));

        try (EventProbe hazards = new EventProbe(brokers, "dp.regulator.hiddenDanger");
             EventProbe checks = new EventProbe(brokers, "dp.regulator.checkRecord")) {
            source.registered("410100401", "91410100MA44XXK401");
            assertThat(checks.await(r -> r.key().equals(recordId), 1, WAIT)).singleElement()
                    .satisfies(r -> assertThat(r.value()).contains("\"companyCode\":\"410100401\""));
            assertThat(hazards.await(r -> r.key().equals(hazardId), 1, WAIT)).singleElement()
                    .satisfies(r -> assertThat(r.value()).contains("\"tyshxydm\":\"91410100MA44XXK401\"")
                            .contains("\"checkRecordId\":\"" + recordId + "\""));
            JsonNode accepted = await().atMost(WAIT).until(() -> api.get("/api/v1/deliveries?state=ACCEPTED&enterpriseId="
                    + source.enterpriseId).json(), rows -> rows.size() == 6);
            assertThat(api.get("/api/v1/deliveries?state=HELD&enterpriseId=" + source.enterpriseId).json()).isEmpty();

            source.registered("410100401", "91410100MA44XXK401"); // the registration replayed: nothing goes out again
            assertThat(hazards.drain(r -> r.key().equals(hazardId), Duration.ofSeconds(3))).hasSize(1);
            assertThat(checks.drain(r -> r.key().equals(recordId), Duration.ofSeconds(1))).hasSize(1);
            assertThat(api.get("/api/v1/deliveries?state=ACCEPTED&enterpriseId=" + source.enterpriseId).json().toString())
                    .isEqualTo(accepted.toString());
        }
    }

    @Test
    void deliveriesAreScopedToTheCallerAndBadFiltersAreRefused() {
        String unitId = newId();
        SourceEvents source = new SourceEvents(kafka, "group-held").registered()
                .unit("risk.unit.created.v1", unitId, 1, Instant.now(), "一二三四五六七八九十一");
        ApiClient own = caller("auditor", "group-held");
        await().atMost(WAIT).until(() -> own.get("/api/v1/deliveries?enterpriseId=" + source.enterpriseId).json(), rows -> rows.size() == 1);

        ApiClient stranger = caller("snoop", "another-group");
        assertThat(stranger.get("/api/v1/deliveries?state=HELD").json()).isEmpty();
        assertThat(stranger.get("/api/v1/deliveries?enterpriseId=" + source.enterpriseId).status()).isEqualTo(404);
        ApiClient.Response badState = own.get("/api/v1/deliveries?state=LOST");
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.firstError()).isEqualTo("state/one-of");
        assertThat(own.get("/api/v1/deliveries?recordType=riskThing").firstError()).isEqualTo("recordType/one-of");
    }

    private ApiClient caller(String user, String group) {
        return ApiClient.as("http://localhost:" + port, user, group);
    }
}
