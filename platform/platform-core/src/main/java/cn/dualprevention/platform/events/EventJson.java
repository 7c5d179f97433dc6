package cn.dualprevention.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper for events on Kafka. Unlike the HTTP API (strict: unknown fields are a 400), a
 * consumer is a tolerant reader: fields a newer producer added are ignored, so producers can evolve.
 * Absent values are left out rather than written as {@code null}.
 */
public final class EventJson {

    private final ObjectMapper mapper;

    public EventJson() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The envelope's {@code data} as the consumer's own view of the payload. */
    public <T> T data(EventEnvelope envelope, Class<T> type) {
        return mapper.treeToValue(envelope.data(), type);
    }
}
