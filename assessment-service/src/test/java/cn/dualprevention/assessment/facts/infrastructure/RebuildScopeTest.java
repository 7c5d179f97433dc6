package cn.dualprevention.assessment.facts.infrastructure;

import cn.dualprevention.assessment.facts.application.Rebuilds;
import cn.dualprevention.assessment.support.History;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8: a group admin's rebuild (重建) rebuilds the read models of its own group only. Its group's facts come
 * again from the event history (a fact no event supports is gone), every other group's facts are carried over as
 * they were (even one no event supports), and another group's admin cannot even see the rebuild's progress. Only the
 * operator's rebuild (not reachable through the API) rebuilds every group.
 */
@ServiceTest
class RebuildScopeTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Generations generations;
    @Autowired
    Rebuilds rebuilds;
    @LocalServerPort
    int port;

    @Test
    void aGroupAdminRebuildsItsOwnGroupAndLeavesEveryOtherGroupAsItWas() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String groupA = "g-a-" + run;
        String groupB = "g-b-" + run;
        String plantA = "e-a-" + run;
        String plantB = "e-b-" + run;
        History historyA = new History(groupA).enterprise(plantA, "豫北化工有限公司");
        historyA.sendTo(kafka);
        new History(groupB).enterprise(plantB, "洛阳石化储运有限公司").sendTo(kafka);
        ApiClient adminA = ApiClient.as("http://localhost:" + port, "admin.a", groupA).withRoles("GROUP_ADMIN");
        ApiClient adminB = ApiClient.as("http://localhost:" + port, "admin.b", groupB).withRoles("GROUP_ADMIN");
        await().atMost(Duration.ofSeconds(60)).until(() -> enterprise(generations.active(), plantA) != null
                && enterprise(generations.active(), plantB) != null);

        // facts no event supports, one in each group: what a damaged read model looks like
        String ghostA = "ghost-a-" + run;
        String ghostB = "ghost-b-" + run;
        enterprises(generations.active()).insertOne(ghost(ghostA, groupA));
        enterprises(generations.active()).insertOne(ghost(ghostB, groupB));

        assertThat(ApiClient.as("http://localhost:" + port, "li.na", groupA).withRoles("SAFETY_MANAGER")
                .post("/api/v1/indicators/rebuilds", "").status()).isEqualTo(403);
        assertThat(ApiClient.as("http://localhost:" + port, "jianguan", groupA).withRoles("REGULATOR_VIEWER", "GROUP_ADMIN")
                .post("/api/v1/indicators/rebuilds", "").status()).isEqualTo(403);

        ApiClient.Response started = adminA.post("/api/v1/indicators/rebuilds", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("groupId").asString()).isEqualTo(groupA);
        int generation = started.json().get("generation").asInt();
        ApiClient.Response foreign = adminB.get("/api/v1/indicators/rebuilds/" + generation);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.isProblem()).isTrue();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() ->
                adminA.get("/api/v1/indicators/rebuilds/" + generation).json().get("state").asString(), s -> !s.equals("RUNNING"));

        JsonNode done = adminA.get("/api/v1/indicators/rebuilds/" + generation).json();
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        // only group A's events were replayed, not those of the other groups on the same topics
        assertThat(done.get("events").asLong()).isEqualTo(historyA.sentCount());
        assertThat(generations.active()).isEqualTo(generation);
        assertThat(enterprise(generation, plantA)).isNotNull();
        assertThat(enterprise(generation, ghostA)).as("group A's facts come from its history only").isNull();
        assertThat(enterprise(generation, plantB)).isNotNull();
        Document keptGhost = enterprise(generation, ghostB);
        assertThat(keptGhost).as("group B's facts are carried over as they were").isNotNull();
        assertThat(keptGhost.getString("name")).isEqualTo("幽灵企业");
        assertThat(adminB.get("/api/v1/indicators/rebuilds/" + generation).status()).isEqualTo(404);
    }

    @Test
    void theOperatorsRebuildOfEveryGroupTakesEveryGroupsFactsFromTheHistory() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String groupA = "g-a-" + run;
        String groupB = "g-b-" + run;
        String plantA = "e-a-" + run;
        new History(groupA).enterprise(plantA, "豫北化工有限公司").sendTo(kafka);
        await().atMost(Duration.ofSeconds(60)).until(() -> enterprise(generations.active(), plantA) != null);
        String ghostA = "ghost-a-" + run;
        String ghostB = "ghost-b-" + run;
        enterprises(generations.active()).insertOne(ghost(ghostA, groupA));
        enterprises(generations.active()).insertOne(ghost(ghostB, groupB));

        int generation = rebuilds.startEveryGroup().generation();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() -> !generations.rebuilding());

        assertThat(generations.active()).isEqualTo(generation);
        assertThat(enterprise(generation, plantA)).isNotNull();
        assertThat(enterprise(generation, ghostA)).isNull();
        assertThat(enterprise(generation, ghostB)).isNull();
        // the operator's rebuild belongs to no group: no tenant sees it
        ApiClient adminA = ApiClient.as("http://localhost:" + port, "admin.a", groupA).withRoles("GROUP_ADMIN");
        assertThat(adminA.get("/api/v1/indicators/rebuilds/" + generation).status()).isEqualTo(404);
    }

    private Document ghost(String enterpriseId, String groupId) {
        return new Document("_id", enterpriseId).append("groupId", groupId).append("enterpriseId", enterpriseId)
                .append("name", "幽灵企业").append("sourceVersion", 1L);
    }

    private Document enterprise(int generation, String enterpriseId) {
        return enterprises(generation).find(new Document("_id", enterpriseId)).first();
    }

    private com.mongodb.client.MongoCollection<Document> enterprises(int generation) {
        return mongo.getCollection(FactCollections.physical(generation, FactCollections.ENTERPRISES));
    }
}
