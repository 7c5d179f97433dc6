package cn.dualprevention.platform.audit;

import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The field-level difference of two stored states of an aggregate, as {@link FieldChange}s. */
public final class AuditDiff {

    /** Fields that are bookkeeping, never content. */
    private static final Set<String> IGNORED = Set.of("_id", "_class", "version", "outbox", AuditTrail.PENDING_FIELD);
    private static final int MAX_DEPTH = 3;
    private static final int MAX_TEXT = 300;

    private AuditDiff() {
    }

    /** Changes from {@code before} (null: the aggregate is new) to {@code after}. */
    public static List<FieldChange> between(Document before, Document after) {
        List<FieldChange> changes = new ArrayList<>();
        diff("", before == null ? new Document() : before, after, 1, changes);
        return changes;
    }

    private static void diff(String prefix, Map<String, Object> before, Map<String, Object> after, int depth,
                             List<FieldChange> out) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            if (prefix.isEmpty() && IGNORED.contains(field)) {
                continue;
            }
            Object a = before.get(field);
            Object b = after.get(field);
            if (Objects.equals(a, b)) {
                continue;
            }
            String path = prefix.isEmpty() ? field : prefix + "." + field;
            if (a instanceof Document da && b instanceof Document db && depth < MAX_DEPTH) {
                diff(path, da, db, depth + 1, out);
            } else {
                out.add(new FieldChange(path, summary(a), summary(b)));
            }
        }
    }

    /** A short, storable rendering of a stored value. */
    static Object summary(Object value) {
        if (value == null || value instanceof String s && s.length() <= MAX_TEXT || value instanceof Number
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Date date) {
            return Instant.ofEpochMilli(date.getTime()).toString();
        }
        String text = value instanceof Document d ? d.toJson()
                : value instanceof List<?> list ? new Document("v", list).toJson().replaceFirst("^\\{\"v\": ", "").replaceFirst("}$", "")
                : String.valueOf(value);
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
