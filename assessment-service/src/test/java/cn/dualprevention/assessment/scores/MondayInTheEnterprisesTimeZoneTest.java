package cn.dualprevention.assessment.scores;

import cn.dualprevention.assessment.scores.application.WeeklyScoreSchedule;
import cn.dualprevention.assessment.support.History;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The weekly score appears at Monday 00:00 in the enterprise's own time zone, not the server's or Beijing's. */
@ServiceTest
class MondayInTheEnterprisesTimeZoneTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    TestClock clock;
    @Autowired
    WeeklyScoreSchedule mondayJob;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBerlinPlantIsScoredWhenItsOwnWeekBegins() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String group = "g-tz-" + run;
        String berlin = "e-berlin-" + run;
        ApiClient api = ApiClient.as("http://localhost:" + port, "manager", group).withRoles("SAFETY_MANAGER");
        History history = new History(group);
        history.add("risk.enterprise.registered.v1", berlin, berlin, "enterpriseId", berlin, "groupId", group,
                "name", "Werk Berlin", "timeZone", "Europe/Berlin");
        history.sendTo(kafka);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("/api/v1/scores/preview?enterpriseId=" + berlin + "&week=2024-02-26").status() == 200);

        // Monday 00:05 in Shanghai is still Sunday 17:05 in Berlin: its week of 4 March is not over
        clock.set(Instant.parse("2024-03-10T16:05:00Z"));
        assertThat(mondayJob.runOnce()).isTrue();
        assertThat(api.get("/api/v1/scores/" + berlin + "/2024-02-26").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/scores/" + berlin + "/2024-03-04").status()).isEqualTo(404);

        // Monday 00:05 in Berlin (CET, UTC+1)
        clock.set(Instant.parse("2024-03-10T23:05:00Z"));
        assertThat(mondayJob.runOnce()).isTrue();
        var kept = api.get("/api/v1/scores/" + berlin + "/2024-03-04");
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().at("/score/from").asString()).isEqualTo("2024-03-03T23:00:00Z");
        assertThat(kept.json().at("/score/to").asString()).isEqualTo("2024-03-10T23:00:00Z");
    }
}
