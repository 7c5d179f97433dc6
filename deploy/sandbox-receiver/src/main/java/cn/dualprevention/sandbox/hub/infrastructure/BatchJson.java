package cn.dualprevention.sandbox.hub.infrastructure;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the upload envelope {@code {"datas": "..."}} and the decrypted JSON array of records. Numbers with a
 * fraction are read as BigDecimal (exactly as sent); duplicate field names are an error.
 */
public final class BatchJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private BatchJson() {
    }

    /** The {@code datas} string of the envelope. */
    public static String datas(String body) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new EnvelopeException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject() || !node.has("datas") || !node.get("datas").isString()) {
            throw new EnvelopeException("the body must be {\"datas\": \"<base64 of the AES-encrypted JSON array>\"}");
        }
        return node.get("datas").asString();
    }

    /** The records of the decrypted JSON array. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> records(String json) {
        Object parsed;
        try {
            parsed = MAPPER.readValue(json, Object.class);
        } catch (JacksonException e) {
            throw new EnvelopeException("the decrypted datas is not JSON: " + e.getOriginalMessage());
        }
        if (!(parsed instanceof List<?> list)) {
            throw new EnvelopeException("the decrypted datas must be a JSON array of records");
        }
        List<Map<String, Object>> records = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new EnvelopeException("every element of the array must be a JSON object (a record)");
            }
            records.add((Map<String, Object>) m);
        }
        return records;
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** The envelope or the decrypted text is not what the profile expects. */
    public static final class EnvelopeException extends RuntimeException {
        public EnvelopeException(String message) {
            super(message);
        }
    }
}
