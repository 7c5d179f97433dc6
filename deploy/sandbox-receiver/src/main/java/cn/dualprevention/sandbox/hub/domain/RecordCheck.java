package cn.dualprevention.sandbox.hub.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one record's fields and collects what breaks the rules. Values are JSON strings or numbers; a field whose
 * value is an object, an array or a boolean is a {@code type} violation. An empty or blank string counts as absent.
 */
public final class RecordCheck {

    private static final DateTimeFormatter TIME_OF_DAY =
            DateTimeFormatter.ofPattern("H:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private final RecordType type;
    private final Map<String, Object> record;
    private final ReceiverProfile profile;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();
    private final Set<String> checkedRequired = new HashSet<>();
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public RecordCheck(RecordType type, Map<String, Object> record, ReceiverProfile profile) {
        this.type = type;
        this.record = record;
        this.profile = profile;
        this.dateTime = strict(profile.dateTimePattern());
        this.date = strict(profile.datePattern());
    }

    public ReceiverProfile profile() {
        return profile;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public void violation(String field, String rule, String msg) {
        if (reported.add(field + "|" + rule)) {
            violations.add(new Violation(field, rule, msg));
        }
    }

    /** The field as text, null when absent, blank, or not a string or number. */
    public String text(String field) {
        Object v = record.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s.isBlank() ? null : s;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        violation(field, "type", "must be a string or a number, is " + kind(v));
        return null;
    }

    public boolean has(String field) {
        return text(field) != null;
    }

    /** Whether a field is required: by the rule itself or by the profile's extra required fields. */
    private boolean isRequired(String field, boolean required) {
        return required || profile.extraRequired(type).contains(field);
    }

    /** The text, with a {@code required} violation when absent and required. */
    public String value(String field, boolean required) {
        checkedRequired.add(field);
        String v = text(field);
        if (v == null && isRequired(field, required) && !reported.contains(field + "|type")) {
            violation(field, "required", "required (必填)");
        }
        return v;
    }

    public String required(String field) {
        return value(field, true);
    }

    /** At most {@code max} wide, a Chinese character counting as two. */
    public String maxWidth(String field, int max, boolean required) {
        String v = value(field, required);
        if (v != null && TextWidth.of(v) > max) {
            violation(field, "max-width", "longer than " + max + " (is " + TextWidth.of(v)
                    + ", a Chinese character counts as two)");
        }
        return v;
    }

    public String code(String field, CodeTable table, boolean required) {
        String v = value(field, required);
        if (v != null && !table.contains(v)) {
            violation(field, "code", "'" + v + "' is not a code of " + table.name() + " (" + table.describe() + ")");
        }
        return v;
    }

    public String matches(String field, Pattern pattern, String expected, boolean required) {
        String v = value(field, required);
        if (v != null && !pattern.matcher(v).matches()) {
            violation(field, "format", "'" + abbreviate(v) + "' is not " + expected);
        }
        return v;
    }

    public LocalDateTime dateTime(String field, boolean required) {
        String v = value(field, required);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v, dateTime);
        } catch (DateTimeParseException e) {
            violation(field, "date-format", "'" + abbreviate(v) + "' is not a date-time " + profile.dateTimePattern());
            return null;
        }
    }

    public LocalDate date(String field, boolean required) {
        String v = value(field, required);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v, date);
        } catch (DateTimeParseException e) {
            violation(field, "date-format", "'" + abbreviate(v) + "' is not a date " + profile.datePattern());
            return null;
        }
    }

    public LocalTime timeOfDay(String field, boolean required) {
        String v = value(field, required);
        if (v == null) {
            return null;
        }
        try {
            return LocalTime.parse(v, TIME_OF_DAY);
        } catch (DateTimeParseException e) {
            violation(field, "date-format", "'" + abbreviate(v) + "' is not a time of day H:mm:ss");
            return null;
        }
    }

    /** A number (JSON number or numeric string) within [min, max] when given. */
    public BigDecimal number(String field, boolean required, BigDecimal min, BigDecimal max) {
        String v = value(field, required);
        if (v == null) {
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(v);
        } catch (NumberFormatException e) {
            violation(field, "format", "'" + abbreviate(v) + "' is not a number");
            return null;
        }
        if ((min != null && d.compareTo(min) < 0) || (max != null && d.compareTo(max) > 0)) {
            violation(field, "range", d.toPlainString() + " is outside " + (min == null ? "" : min.toPlainString())
                    + ".." + (max == null ? "" : max.toPlainString()));
        }
        return d;
    }

    /** A record id: 32 hex characters or a 36-character UUID. */
    public String recordId(String field, boolean required) {
        return matches(field, RecordRules.RECORD_ID, "a record id (32 hex characters or a 36-character UUID)",
                required);
    }

    /** A field of the other naming variant: rejected, not ignored. */
    public void wrongVariant(String field, String ourName) {
        if (record.containsKey(field)) {
            violation(field, "field-variant", "unknown field; this receiver names it " + ourName);
        }
    }

    /** The profile's extra required fields that no rule of this type looked at. */
    public void extraRequiredFields() {
        for (String field : profile.extraRequired(type)) {
            if (!checkedRequired.contains(field)) {
                value(field, true);
            }
        }
    }

    public Object raw(String field) {
        return record.get(field);
    }

    static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }

    private static String kind(Object v) {
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "an array";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        return v.getClass().getSimpleName();
    }

    private static DateTimeFormatter strict(String pattern) {
        // STRICT resolving needs the proleptic year 'u' rather than year-of-era 'y'.
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
    }
}
