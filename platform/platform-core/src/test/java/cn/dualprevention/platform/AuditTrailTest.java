package cn.dualprevention.platform;

import cn.dualprevention.platform.audit.AuditEntry;
import cn.dualprevention.platform.audit.AuditTrail;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AuditTrail trail;

    private final String group = "g-" + UUID.randomUUID();

    private ApiClient as(String user, String... roles) {
        return ApiClient.as("http://localhost:" + port, user, group, "E1").withRoles(roles);
    }

    private String report(ApiClient api) {
        ApiClient.Response created = api.post("/api/v1/defects",
                "{\"enterpriseId\":\"E1\",\"title\":\"法兰泄漏\",\"level\":\"GENERAL\",\"building\":\"罐区\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void changingAnAggregateLeavesAnEntryWithActorTenantRequestAndBeforeAfter() {
        ApiClient inspector = as("wang.qiang", "INSPECTOR");
        String id = report(inspector);
        ApiClient.Response changed = inspector.put("/api/v1/defects/" + id,
                "{\"title\":\"法兰垫片泄漏\",\"level\":\"MAJOR\",\"building\":\"罐区\",\"floor\":\"1\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        JsonNode entries = as("zhao.min", "SAFETY_MANAGER").get("/api/v1/audit?aggregateId=" + id).json();
        assertThat(entries).hasSize(2);
        JsonNode update = entries.get(0);
        assertThat(update.get("action").asString()).isEqualTo("update");
        assertThat(update.get("actor").asString()).isEqualTo("wang.qiang");
        assertThat(update.get("roles").toString()).contains("INSPECTOR");
        assertThat(update.get("groupId").asString()).isEqualTo(group);
        assertThat(update.get("enterpriseId").asString()).isEqualTo("E1");
        assertThat(update.get("method").asString()).isEqualTo("PUT");
        assertThat(update.get("path").asString()).isEqualTo("/api/v1/defects/" + id);
        assertThat(update.get("requestId").asString()).isEqualTo(changed.requestId());
        assertThat(update.get("aggregateType").asString()).isEqualTo("defects");
        assertThat(update.get("version").asLong()).isEqualTo(2);
        assertThat(update.get("result").asString()).isEqualTo("accepted");
        assertThat(changes(update)).containsExactlyInAnyOrder(
                "title: 法兰泄漏 -> 法兰垫片泄漏", "level: GENERAL -> MAJOR", "location.floor: null -> 1");

        JsonNode create = entries.get(1);
        assertThat(create.get("action").asString()).isEqualTo("create");
        assertThat(changes(create)).contains("title: null -> 法兰泄漏", "status: null -> REPORTED");
    }

    @Test
    void acceptingLeavesAnEntryAndARefusedSecondAcceptIsAuditedWithItsOutcome() {
        String id = report(as("wang.qiang", "INSPECTOR"));
        ApiClient head = as("zhao.lei", "DEPARTMENT_HEAD");
        assertThat(head.post("/api/v1/defects/" + id + "/accept", "").status()).isEqualTo(200);
        assertThat(head.post("/api/v1/defects/" + id + "/accept", "").status()).isEqualTo(409);

        ApiClient admin = as("wang.fang", "GROUP_ADMIN");
        JsonNode accepted = admin.get("/api/v1/audit?aggregateId=" + id).json().get(0);
        assertThat(accepted.get("actor").asString()).isEqualTo("zhao.lei");
        assertThat(changes(accepted)).containsExactly("status: REPORTED -> ACCEPTED");

        List<AuditEntry> refused = mongo.find(Query.query(Criteria.where("groupId").is(group).and("action").is("refused")),
                AuditEntry.class, AuditEntry.COLLECTION);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).actor()).isEqualTo("zhao.lei");
        assertThat(refused.get(0).path()).isEqualTo("/api/v1/defects/" + id + "/accept");
        assertThat(refused.get(0).result()).startsWith("409");
    }

    @Test
    void onlyAdminsAndSafetyManagersOfTheTenantReadTheTrail() {
        String id = report(as("wang.qiang", "INSPECTOR"));
        assertThat(as("wang.qiang", "INSPECTOR").get("/api/v1/audit?aggregateId=" + id).status()).isEqualTo(403);
        assertThat(as("jian.guan", "REGULATOR_VIEWER").get("/api/v1/audit?aggregateId=" + id).status()).isEqualTo(403);
        ApiClient stranger = ApiClient.as("http://localhost:" + port, "other.admin", "another-group").withRoles("GROUP_ADMIN");
        assertThat(stranger.get("/api/v1/audit?aggregateId=" + id).json()).isEmpty();
        ApiClient otherEnterprise = ApiClient.as("http://localhost:" + port, "e2.manager", group, "E2").withRoles("SAFETY_MANAGER");
        assertThat(otherEnterprise.get("/api/v1/audit?aggregateId=" + id).json()).isEmpty();
        assertThat(as("zhao.min", "SAFETY_MANAGER").get("/api/v1/audit?aggregateId=" + id + "&from=2000-01-01T00:00:00Z")
                .json()).hasSize(1);
        assertThat(as("zhao.min", "SAFETY_MANAGER").get("/api/v1/audit?aggregateId=" + id + "&to=2000-01-01T00:00:00Z")
                .json()).isEmpty();
        assertThat(as("zhao.min", "SAFETY_MANAGER").get("/api/v1/audit?from=yesterday").firstError()).isEqualTo("from/format");
    }

    @Test
    void theEntryIsWrittenWithTheChangeItselfAndMovedByTheSweepAfterACrash() {
        String id = report(as("wang.qiang", "INSPECTOR"));
        Document stored = mongo.findById(id, Document.class, "defects");
        assertThat(stored.getList(AuditTrail.PENDING_FIELD, Object.class)).as("moved right after the write").isEmpty();

        // a crash between the write and the move leaves the entry in the document: the sweep moves it, once
        Document entry = new Document("_id", "crash-" + id).append("groupId", group).append("aggregateId", id)
                .append("action", "update").append("at", new java.util.Date());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new org.springframework.data.mongodb.core.query.Update().push(AuditTrail.PENDING_FIELD, entry), "defects");
        assertThat(trail.sweep()).isGreaterThanOrEqualTo(1);
        trail.sweep();
        assertThat(mongo.count(Query.query(Criteria.where("_id").is("crash-" + id)), AuditEntry.COLLECTION)).isEqualTo(1);
        assertThat(mongo.findById(id, Document.class, "defects").getList(AuditTrail.PENDING_FIELD, Object.class)).isEmpty();
    }

    private static List<String> changes(JsonNode entry) {
        return entry.get("changes").valueStream().map(c -> c.get("field").asString() + ": "
                + (c.get("before") == null || c.get("before").isNull() ? "null" : c.get("before").asString()) + " -> "
                + (c.get("after") == null || c.get("after").isNull() ? "null" : c.get("after").asString())).toList();
    }
}
