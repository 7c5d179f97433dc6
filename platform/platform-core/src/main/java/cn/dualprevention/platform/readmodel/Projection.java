package cn.dualprevention.platform.readmodel;

import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.inbox.EventHandler;

import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A read model kept from another service's events, declared rather than coded: which event types,
 * which collection, and which fields each event sets. Writes are version-guarded
 * ({@link ReadModelWriter}), so redeliveries and late events have no effect.
 */
public final class Projection implements EventHandler {

    private final Set<String> eventTypes;
    private final String collection;
    private final Function<EventEnvelope, Map<String, Object>> fields;
    private final ReadModelWriter writer;

    public Projection(Set<String> eventTypes, String collection, Function<EventEnvelope, Map<String, Object>> fields,
                      ReadModelWriter writer) {
        this.eventTypes = Set.copyOf(eventTypes);
        this.collection = collection;
        this.fields = fields;
        this.writer = writer;
    }

    /**
     * A replica that keeps, per aggregate, its group, its enterprise and the named fields of the events' data
     * (absent or null fields are left as they were).
     */
    public static Projection copying(Set<String> eventTypes, String collection, List<String> dataFields,
                                     ReadModelWriter writer) {
        return new Projection(eventTypes, collection, event -> {
            Map<String, Object> fields = new HashMap<>();
            fields.put("groupId", event.groupId());
            fields.put("enterpriseId", event.enterpriseId());
            for (String name : dataFields) {
                JsonNode value = event.data().get(name);
                if (value != null && !value.isNull()) {
                    fields.put(name, value.isNumber() ? value.numberValue() : value.isBoolean() ? value.asBoolean() : value.asString());
                }
            }
            return fields;
        }, writer);
    }

    @Override
    public Set<String> eventTypes() {
        return eventTypes;
    }

    @Override
    public void handle(EventEnvelope event) {
        writer.applyIfNewer(collection, event.aggregateId(), event.aggregateVersion(), fields.apply(event));
    }

    public String collection() {
        return collection;
    }
}
