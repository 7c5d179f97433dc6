package cn.dualprevention.exchange.record.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * 照片引用 — a photo a regulator record refers to: which service keeps it and its id there. A kept record holds these
 * references, never the bytes (records are stored and re-sent; a photo may be 5 MB); the bytes are fetched when the
 * record goes to a receiver that takes photos. Text form {@code <service>:<id>}, e.g. {@code hazard-service:0195…}.
 */
public record PhotoRef(PhotoOrigin origin, String id) {

    public PhotoRef {
        if (origin == null || id == null || id.isBlank()) {
            throw new IllegalArgumentException("a photo reference needs its origin and id");
        }
    }

    public String text() {
        return origin.service() + ":" + id;
    }

    /** The reference written as {@link #text()}, if it is one. */
    public static Optional<PhotoRef> parse(Object text) {
        if (!(text instanceof String value)) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            return Optional.empty();
        }
        return PhotoOrigin.ofService(value.substring(0, colon)).map(origin -> new PhotoRef(origin, value.substring(colon + 1)));
    }

    /** The references a record's photo field holds (a list of {@link #text()}), in order; none for anything else. */
    public static List<PhotoRef> listOf(Object field) {
        if (!(field instanceof Collection<?> values)) {
            return List.of();
        }
        List<PhotoRef> refs = new ArrayList<>();
        values.forEach(value -> parse(value).ifPresent(refs::add));
        return List.copyOf(refs);
    }

    @Override
    public String toString() {
        return text();
    }
}
