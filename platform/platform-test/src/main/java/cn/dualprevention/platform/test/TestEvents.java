package cn.dualprevention.platform.test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.UUID;

/** Event envelopes as another service would publish them, for consumer tests. */
public final class TestEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestEvents() {
    }

    /** An envelope JSON of {@code type} about aggregate {@code aggregateId} at {@code version}, with {@code dataJson}. */
    public static String envelope(String eventId, String type, String groupId, String enterpriseId, String aggregateId,
                                  long version, String actor, Instant time, String dataJson) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("id", eventId);
        envelope.put("source", "test");
        envelope.put("type", type);
        envelope.put("specversion", "1.0");
        envelope.put("time", time.toString());
        envelope.put("subject", aggregateId);
        envelope.put("groupId", groupId);
        envelope.put("enterpriseId", enterpriseId);
        envelope.put("aggregateType", "test");
        envelope.put("aggregateId", aggregateId);
        envelope.put("aggregateVersion", version);
        envelope.put("actor", actor);
        envelope.put("requestId", UUID.randomUUID().toString());
        JsonNode data = JSON.readTree(dataJson);
        envelope.set("data", data);
        return JSON.writeValueAsString(envelope);
    }

    public static String envelope(String type, String enterpriseId, String aggregateId, long version, String dataJson) {
        return envelope(UUID.randomUUID().toString(), type, "group-1", enterpriseId, aggregateId, version, "tester",
                Instant.now(), dataJson);
    }
}
