package cn.dualprevention.sandbox.hub.domain;

import java.util.Base64;
import java.util.Optional;

/** A photo attachment: base64 (or a data URL) of a JPEG or PNG of at most 5 MB. */
final class Photo {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private Photo() {
    }

    /** What is wrong with it, or empty. */
    static Optional<String> check(String value, AttachmentFormat format) {
        String base64 = value;
        String declared = null;
        if (format == AttachmentFormat.DATA_URL) {
            if (!value.startsWith("data:image/jpeg;base64,") && !value.startsWith("data:image/png;base64,")) {
                return Optional.of("not a data URL (data:image/jpeg;base64,… or data:image/png;base64,…)");
            }
            declared = value.startsWith("data:image/png") ? "png" : "jpeg";
            base64 = value.substring(value.indexOf(',') + 1);
        } else if (value.startsWith("data:")) {
            return Optional.of("bare base64 expected, not a data URL");
        }
        if ((long) base64.length() * 3 / 4 > MAX_BYTES + 3) {
            return Optional.of("larger than 5 MB");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return Optional.of("not base64: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.of("larger than 5 MB (" + bytes.length + " bytes)");
        }
        String kind = startsWith(bytes, JPEG) ? "jpeg" : startsWith(bytes, PNG) ? "png" : null;
        if (kind == null) {
            return Optional.of("not a JPEG or PNG image");
        }
        if (declared != null && !declared.equals(kind)) {
            return Optional.of("the data URL says " + declared + " but the image is " + kind);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
