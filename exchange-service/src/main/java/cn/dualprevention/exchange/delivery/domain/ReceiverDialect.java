package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.receiver.domain.HttpBatchProfile;
import cn.dualprevention.exchange.receiver.domain.ReceiverProfile;
import cn.dualprevention.exchange.record.domain.BuiltRecord;
import cn.dualprevention.exchange.record.domain.PhotoRef;
import cn.dualprevention.exchange.record.domain.RecordType;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 接收方差异 — turns a record built with the receiver's code preferences into exactly what that receiver expects:
 * its date format, field-name variants ({@code checkRecordId} → {@code recordId}, {@code attachments1} →
 * {@code dangerImg}), a risk unit's non-major source code in {@code hazardCode1}, photos as bare base64 or data URLs,
 * and its own required fields and integer check cycles — a receiver-specific rule the record breaks holds it for that
 * receiver only, with the reason. Absent fields are left out.
 *
 * <p>Photos: a record refers to them ({@link PhotoRef}); an http-batch record keeps the references under the receiver's
 * field names until {@link PhotoAttachments} puts the photos in ({@link #photoValue}). A stream carries no photos
 * (a broker's messages are limited to about 1 MB, and a reference means nothing to the regulator).
 */
public final class ReceiverDialect {

    /** The specification's date-time fields ({@code yyyyMMddHHmmss}). */
    static final Set<String> DATE_TIME_FIELDS = Set.of("createDate", "updateDate", "stopStartTime", "stopEndTime",
            "taskStartTime", "checkTime", "registTime", "checkAcceptTime");
    /** The specification's date fields ({@code yyyyMMdd}). */
    static final Set<String> DATE_FIELDS = Set.of("dangerManageDeadline");
    private static final DateTimeFormatter SPEC = DateTimeFormatter.ofPattern(HttpBatchProfile.SPEC_DATE_TIME);
    private static final DateTimeFormatter SPEC_DATE = DateTimeFormatter.ofPattern(HttpBatchProfile.SPEC_DATE);
    static final List<String> PHOTO_FIELDS = List.of("attachments1", "attachments2");

    private ReceiverDialect() {
    }

    public static WireRecord toWire(BuiltRecord built, ReceiverProfile profile) {
        Map<String, Object> fields = new LinkedHashMap<>();
        built.fields().forEach((name, value) -> {
            if (value != null) {
                fields.put(name, value);
            }
        });
        List<String> problems = new ArrayList<>();
        RecordType type = built.ref().type();
        Map<String, List<PhotoRef>> photos = new LinkedHashMap<>();
        for (String photo : PHOTO_FIELDS) {
            List<PhotoRef> refs = PhotoRef.listOf(fields.get(photo));
            if (refs.isEmpty() || !(profile instanceof HttpBatchProfile)) {
                fields.remove(photo);
            } else {
                fields.put(photo, refs.stream().map(PhotoRef::text).toList());
                photos.put(photo, refs);
            }
        }
        if (!(profile instanceof HttpBatchProfile http)) {
            return new WireRecord(built.ref().id(), fields, problems);
        }
        if (!HttpBatchProfile.SPEC_DATE_TIME.equals(http.dateTimeFormat())) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(http.dateTimeFormat());
            for (String field : DATE_TIME_FIELDS) {
                if (fields.get(field) instanceof String text) {
                    fields.put(field, reformat(text, format));
                }
            }
        }
        if (!HttpBatchProfile.SPEC_DATE.equals(http.dateFormat())) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(http.dateFormat());
            for (String field : DATE_FIELDS) {
                if (fields.get(field) instanceof String text) {
                    try {
                        fields.put(field, format.format(java.time.LocalDate.parse(text, SPEC_DATE)));
                    } catch (DateTimeParseException e) {
                        // left as it is
                    }
                }
            }
        }
        if (http.integerCheckCycle() && type == RecordType.CHECK_TASK && fields.get("checkCycle") instanceof String cycle
                && new BigDecimal(cycle).stripTrailingZeros().scale() > 0) {
            problems.add("checkCycle " + cycle + " is not an integer, and this receiver takes integers only");
        }
        if (http.splitHazardCode() && type == RecordType.RISK_UNIT && fields.get("hazardCode") instanceof String code && !code.matches("\\d{12}")) {
            replace(fields, "hazardCode", "hazardCode1");
        }
        for (String required : http.requiredFields()) {
            String[] typed = required.split("\\.", 2);
            if (typed[0].equals(type.specName()) && isBlank(fields.get(typed[1]))) {
                problems.add(typed[1] + " is required by this receiver");
            }
        }
        Map<String, List<PhotoRef>> wirePhotos = new LinkedHashMap<>();
        photos.forEach((field, refs) -> wirePhotos.put(field, refs));
        http.fieldNames().forEach((typed, name) -> {
            String[] parts = typed.split("\\.", 2);
            if (parts[0].equals(type.specName())) {
                replace(fields, parts[1], name);
                List<PhotoRef> refs = photos.get(parts[1]);
                if (refs != null) {
                    wirePhotos.remove(parts[1]);
                    wirePhotos.put(name, refs);
                }
            }
        });
        return new WireRecord(built.ref().id(), fields, problems, wirePhotos);
    }

    /** A photo as the receiver takes it: bare base64 (the specification), or a data URL ({@code attachmentsAsDataUrl}). */
    public static String photoValue(TravellingPhoto photo, ReceiverProfile profile) {
        String base64 = Base64.getEncoder().encodeToString(photo.bytes());
        return profile instanceof HttpBatchProfile http && http.attachmentsAsDataUrl()
                ? "data:" + photo.format().mediaType() + ";base64," + base64 : base64;
    }

    private static boolean isBlank(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }

    /** Renames a field in place, keeping the order. */
    private static void replace(Map<String, Object> fields, String from, String to) {
        if (!fields.containsKey(from)) {
            return;
        }
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        fields.clear();
        copy.forEach((name, value) -> fields.put(name.equals(from) ? to : name, value));
    }

    private static String reformat(String specDateTime, DateTimeFormatter format) {
        try {
            return format.format(LocalDateTime.parse(specDateTime, SPEC));
        } catch (DateTimeParseException e) {
            return specDateTime;
        }
    }
}
