package cn.dualprevention.exchange.delivery.domain;

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
 */
public record WireRecord(String id, Map<String, Object> fields, List<String> problems) {

    public WireRecord {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        problems = List.copyOf(problems);
    }

    public boolean sendable() {
        return problems.isEmpty();
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
