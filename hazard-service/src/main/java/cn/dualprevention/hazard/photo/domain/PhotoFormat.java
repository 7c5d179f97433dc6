package cn.dualprevention.hazard.photo.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The picture formats a hazard photo (隐患照片) may have, each recognised by its leading bytes (magic number), so
 * that a file is what it claims to be whatever the request header says.
 */
public enum PhotoFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String contentType;

    PhotoFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format of a declared content type ({@code image/jpeg; charset…} parameters ignored), if it is one of ours. */
    public static Optional<PhotoFormat> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals("image/jpg") || type.equals("image/pjpeg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(f -> f.contentType.equals(type)).findFirst();
    }

    /** The format the bytes really have, by their magic number; empty for anything else. */
    public static Optional<PhotoFormat> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_SIGNATURE, 0)) {
            return Optional.of(PNG);
        }
        if (content.length >= 12 && startsWith(content, "RIFF".getBytes(), 0) && startsWith(content, "WEBP".getBytes(), 8)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int offset) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
