package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.record.domain.PhotoRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record as it goes to one receiver — its field names, codes and date format — or the reasons it cannot go
 * there. {@link #fingerprint()} tells whether the receiver already has these very fields.
 *
 * @param photos photo fields still to be filled in (the receiver's field name → the photos to choose from, in order);
 *               until then such a field holds the references' text, so that the fingerprint names the photos, not
 *               their bytes
 */
public record WireRecord(String id, Map<String, Object> fields, List<String> problems, Map<String, List<PhotoRef>> photos) {

    public WireRecord {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        problems = List.copyOf(problems);
        photos = photos == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(photos));
    }

    public WireRecord(String id, Map<String, Object> fields, List<String> problems) {
        this(id, fields, problems, Map.of());
    }

    public boolean sendable() {
        return problems.isEmpty();
    }

    /** True while photo fields still hold references rather than the photos. */
    public boolean needsPhotos() {
        return !photos.isEmpty();
    }

    /** The record with its photo fields filled in ({@code values}: field → base64 or data URL); fields without one go. */
    public WireRecord withPhotos(Map<String, String> values) {
        Map<String, Object> filled = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!photos.containsKey(name)) {
                filled.put(name, value);
            } else if (values.get(name) != null) {
                filled.put(name, values.get(name));
            }
        });
        return new WireRecord(id, filled, problems, Map.of());
    }

    /** SHA-256 over the fields in order (names and values). */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            fields.forEach((name, value) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 1);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
