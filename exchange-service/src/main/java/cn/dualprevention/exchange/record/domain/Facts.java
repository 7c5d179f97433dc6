package cn.dualprevention.exchange.record.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a source service told us about a business object (an event's {@code data}, merged over the
 * versions seen so far), read by field name. Values are as JSON carries them: text, numbers, booleans, lists.
 */
public record Facts(Map<String, Object> values) {

    public Facts {
        values = new LinkedHashMap<>(values);
    }

    public static Facts of(Map<String, ?> values) {
        return new Facts(new LinkedHashMap<>(values));
    }

    /** These facts with the newer ones laid over them (a newer event's fields win). */
    public Facts with(Facts newer) {
        Map<String, Object> merged = new LinkedHashMap<>(values);
        merged.putAll(newer.values);
        return new Facts(merged);
    }

    /** The field as text (numbers as written), or null when absent or blank. */
    public String text(String field) {
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        String text = value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(((Number) value).doubleValue())
                .stripTrailingZeros().toPlainString()
                : value.toString();
        return text.isBlank() ? null : text;
    }

    public BigDecimal decimal(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Double number(String field) {
        BigDecimal decimal = decimal(field);
        return decimal == null ? null : decimal.doubleValue();
    }

    public boolean flag(String field) {
        Object value = values.get(field);
        return value instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(value));
    }

    public List<?> list(String field) {
        return values.get(field) instanceof Collection<?> items ? List.copyOf(items) : List.of();
    }
}
