package cn.dualprevention.hazard.photo.domain;

import cn.dualprevention.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A hazard photo is what its bytes say: JPEG, PNG or WebP, within the size limit. */
class HazardPhotoTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
    static final byte[] GIF = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0};
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void theFormatIsRecognisedByTheMagicNumber() {
        assertThat(PhotoFormat.detect(JPEG)).contains(PhotoFormat.JPEG);
        assertThat(PhotoFormat.detect(PNG)).contains(PhotoFormat.PNG);
        assertThat(PhotoFormat.detect(WEBP)).contains(PhotoFormat.WEBP);
        assertThat(PhotoFormat.detect(GIF)).isEmpty();
        assertThat(PhotoFormat.detect(new byte[]{(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(PhotoFormat.detect("RIFF0000AVI ".getBytes())).isEmpty();
        assertThat(PhotoFormat.ofContentType("image/JPEG; charset=binary")).contains(PhotoFormat.JPEG);
        assertThat(PhotoFormat.ofContentType("image/jpg")).contains(PhotoFormat.JPEG);
    }

    @Test
    void eachAcceptedFormatIsKeptWithItsContentType() {
        assertThat(upload("image/jpeg", JPEG, 100).contentType()).isEqualTo("image/jpeg");
        assertThat(upload("image/png", PNG, 100).contentType()).isEqualTo("image/png");
        assertThat(upload("image/webp", WEBP, 100).contentType()).isEqualTo("image/webp");
    }

    @Test
    void aWrongLabelAWrongBodyAnEmptyBodyAndAnOversizedOneAreRefused() {
        assertRefused(() -> upload("image/gif", GIF, 100), "contentType", "image-type");
        assertRefused(() -> upload(null, PNG, 100), "contentType", "image-type");
        assertRefused(() -> upload("image/png", GIF, 100), "body", "content-matches-type");
        assertRefused(() -> upload("image/png", JPEG, 100), "body", "content-matches-type");
        assertRefused(() -> upload("image/png", new byte[0], 100), "body", "required");
        assertThatThrownBy(() -> upload("image/png", PNG, PNG.length - 1)).isInstanceOf(PhotoTooLargeException.class)
                .hasMessageContaining("at most " + (PNG.length - 1));
        assertThat(upload("image/png", PNG, PNG.length).content()).hasSize(PNG.length);
    }

    private static HazardPhoto upload(String type, byte[] content, long max) {
        return HazardPhoto.upload("ph-1", "g-1", "e-1", type, content, max, "wang.qiang", NOW);
    }

    private static void assertRefused(Runnable upload, String field, String rule) {
        assertThatThrownBy(upload::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.violations().get(0).field() + "/" + e.violations().get(0).rule()).isEqualTo(field + "/" + rule));
    }
}
