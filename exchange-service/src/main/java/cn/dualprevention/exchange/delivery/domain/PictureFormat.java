package cn.dualprevention.exchange.delivery.domain;

import java.util.Optional;

/** The picture formats a regulator takes for a photo (JPEG, PNG), told by their leading bytes (magic number). */
public enum PictureFormat {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final byte[] magic;

    PictureFormat(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format the bytes really have; empty for anything else (WebP, GIF, HEIC, not a picture …). */
    public static Optional<PictureFormat> of(byte[] bytes) {
        for (PictureFormat format : values()) {
            if (bytes != null && bytes.length >= format.magic.length && startsWith(bytes, format.magic)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
