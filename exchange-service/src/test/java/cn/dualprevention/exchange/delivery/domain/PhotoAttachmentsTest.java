package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.receiver.domain.Acknowledgement;
import cn.dualprevention.exchange.receiver.domain.HttpBatchProfile;
import cn.dualprevention.exchange.record.domain.PhotoOrigin;
import cn.dualprevention.exchange.record.domain.PhotoRef;
import cn.dualprevention.exchange.record.domain.RiskClassEncoding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which photo goes, as kept or re-encoded, and when a record is held or waits instead. */
class PhotoAttachmentsTest {

    private static final long LIMIT = 1000;
    private static final PhotoRef HAZARD = new PhotoRef(PhotoOrigin.HAZARD, "h1");
    private static final PhotoRef HAZARD_2 = new PhotoRef(PhotoOrigin.HAZARD, "h2");
    private static final PhotoRef RECORD = new PhotoRef(PhotoOrigin.INSPECTION, "r1");
    private static final PhotoRef AFTER = new PhotoRef(PhotoOrigin.HAZARD, "a1");
    private static final byte[] REENCODED = jpeg(300);

    private final Map<PhotoRef, Object> photos = new HashMap<>();
    private final List<PhotoRef> fetched = new ArrayList<>();
    private final List<Integer> reencodedSizes = new ArrayList<>();
    private final PhotoSource source = ref -> {
        fetched.add(ref);
        Object answer = photos.get(ref);
        if (answer instanceof RuntimeException fault) {
            throw fault;
        }
        return answer == null ? new FetchedPhoto.Missing(ref, "was not found at " + ref.origin().service() + " (404)")
                : new FetchedPhoto.Found(ref, (byte[]) answer);
    };
    /** Reads only "pictures" starting with GIF8 or an oversized JPEG/PNG, as a real encoder would. */
    private final PhotoReencoder reencoder = (picture, max) -> {
        reencodedSizes.add(picture.length);
        boolean readable = picture.length > 4 && (new String(picture, 0, 4).equals("GIF8") || PictureFormat.of(picture).isPresent());
        return readable ? Optional.of(REENCODED) : Optional.empty();
    };
    private final PhotoAttachments attachments = new PhotoAttachments(source, reencoder, LIMIT);

    @Test
    void theFirstPhotoThatCanTravelGoesAsKeptAndTheOthersAreNotFetched() {
        byte[] hazardPhoto = jpeg(800);
        photos.put(HAZARD, hazardPhoto);
        photos.put(RECORD, png(100));
        photos.put(AFTER, png(200));
        WireRecord ready = ready(attachments.attach(wire(Map.of("attachments1", List.of(HAZARD, RECORD), "attachments2", List.of(AFTER))), profile(false)));
        assertThat(ready.fields()).containsEntry("attachments1", base64(hazardPhoto)).containsEntry("attachments2", base64(png(200)));
        assertThat(fetched).containsExactlyInAnyOrder(HAZARD, AFTER); // not the record photo: the hazard's own went
        assertThat(reencodedSizes).isEmpty();
    }

    @Test
    void aMissingOrUnreadablePhotoGivesWayToTheNextOne() {
        photos.put(HAZARD_2, "not a picture at all".getBytes());
        photos.put(RECORD, png(100));
        PhotoAttachments.Attachment.Ready ready = (PhotoAttachments.Attachment.Ready) attachments.attach(
                wire(Map.of("attachments1", List.of(HAZARD, HAZARD_2, RECORD))), profile(false));
        assertThat(ready.wire().fields()).containsEntry("attachments1", base64(png(100)));
        assertThat(ready.photos()).singleElement().satisfies(photo -> {
            assertThat(photo.ref()).isEqualTo(RECORD);
            assertThat(photo.format()).isEqualTo(PictureFormat.PNG);
            assertThat(photo.reencoded()).isFalse();
        });
        assertThat(ready.bytes()).isEqualTo(base64(png(100)).length());
    }

    @Test
    void aPictureOfAnotherFormatOrOverTheLimitIsReEncodedAsAJpeg() {
        byte[] gif = gif(500);
        photos.put(HAZARD, gif);
        photos.put(AFTER, png(LIMIT + 1));
        PhotoAttachments.Attachment.Ready ready = (PhotoAttachments.Attachment.Ready) attachments.attach(
                wire(Map.of("attachments1", List.of(HAZARD), "attachments2", List.of(AFTER))), profile(true));
        assertThat(ready.wire().fields()).containsEntry("attachments1", "data:image/jpeg;base64," + base64(REENCODED))
                .containsEntry("attachments2", "data:image/jpeg;base64," + base64(REENCODED));
        assertThat(ready.photos()).allSatisfy(photo -> {
            assertThat(photo.reencoded()).isTrue();
            assertThat(photo.format()).isEqualTo(PictureFormat.JPEG);
        });
        assertThat(reencodedSizes).containsExactlyInAnyOrder(500, (int) LIMIT + 1);
        // at the limit exactly it goes as kept
        photos.put(AFTER, png(LIMIT));
        assertThat(attachments.prepare(AFTER, png(LIMIT))).hasValueSatisfying(photo -> assertThat(photo.reencoded()).isFalse());
    }

    @Test
    void aRecordNoneOfWhosePhotosCanTravelIsHeldWithReasonsNamingEachPhoto() {
        photos.put(RECORD, "RIFF....WEBPVP8 unreadable".getBytes());
        PhotoAttachments.Attachment attachment = attachments.attach(wire(Map.of("dangerImg", List.of(HAZARD, RECORD))), profile(false));
        assertThat(attachment).isInstanceOf(PhotoAttachments.Attachment.Held.class);
        List<String> reasons = ((PhotoAttachments.Attachment.Held) attachment).reasons();
        assertThat(reasons).hasSize(2).allMatch(PhotoAttachments::isPhotoReason);
        assertThat(reasons.get(0)).startsWith("photo dangerImg: hazard-service:h1 was not found at hazard-service (404)");
        assertThat(reasons.get(1)).startsWith("photo dangerImg: inspection-service:r1 is not a picture that can be read")
                .contains("52494646") // RIFF
                .contains("JPEG or PNG of at most 1000 bytes").contains("inspection-service");
        assertThat(PhotoAttachments.isPhotoReason("dangerName is required")).isFalse();
    }

    @Test
    void aReEncodingThatDoesNotFitIsNoPhotoToSend() {
        PhotoAttachments tooBig = new PhotoAttachments(source, (picture, max) -> Optional.of(jpeg((int) max + 1)), LIMIT);
        photos.put(HAZARD, gif(100));
        assertThat(tooBig.attach(wire(Map.of("attachments1", List.of(HAZARD))), profile(false)))
                .isInstanceOf(PhotoAttachments.Attachment.Held.class);
        PhotoAttachments notJpeg = new PhotoAttachments(source, (picture, max) -> Optional.of(gif(10)), LIMIT);
        assertThat(notJpeg.attach(wire(Map.of("attachments1", List.of(HAZARD))), profile(false)))
                .isInstanceOf(PhotoAttachments.Attachment.Held.class);
    }

    @Test
    void aFailingPhotoServiceIsAFaultNeverARecordWithoutItsPhoto() {
        photos.put(HAZARD, new PhotoSourceFault("hazard-service answered 503 for photo h1", null));
        photos.put(RECORD, png(100));
        assertThatThrownBy(() -> attachments.attach(wire(Map.of("attachments1", List.of(HAZARD, RECORD))), profile(false)))
                .isInstanceOf(PhotoSourceFault.class).hasMessageContaining("503");
        assertThat(fetched).containsExactly(HAZARD); // no other photo instead of the one that could not be fetched
    }

    @Test
    void aRecordWithoutPhotosIsReadyAsItIs() {
        WireRecord plain = new WireRecord("x", Map.of("id", "x"), List.of());
        assertThat(ready(attachments.attach(plain, profile(false)))).isSameAs(plain);
        assertThat(fetched).isEmpty();
    }

    private static WireRecord ready(PhotoAttachments.Attachment attachment) {
        assertThat(attachment).isInstanceOf(PhotoAttachments.Attachment.Ready.class);
        WireRecord wire = ((PhotoAttachments.Attachment.Ready) attachment).wire();
        assertThat(wire.needsPhotos()).isFalse();
        return wire;
    }

    private static WireRecord wire(Map<String, List<PhotoRef>> photos) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", "0195f3a2-7c1e-7d3a-9b1e-00000000e001");
        photos.forEach((field, refs) -> fields.put(field, refs.stream().map(PhotoRef::text).toList()));
        return new WireRecord("0195f3a2-7c1e-7d3a-9b1e-00000000e001", fields, List.of(), new LinkedHashMap<>(photos));
    }

    private static HttpBatchProfile profile(boolean dataUrl) {
        return new HttpBatchProfile("http://hub.example/api", null, 50, null, null, RiskClassEncoding.DEFAULT, false,
                false, false, dataUrl, Map.of(), List.of(), Acknowledgement.SYNC, null, null);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static byte[] jpeg(int size) {
        return picture(size, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0);
    }

    static byte[] png(long size) {
        return picture((int) size, (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) '\r', (byte) '\n', (byte) 0x1A, (byte) '\n');
    }

    static byte[] gif(int size) {
        return picture(size, (byte) 'G', (byte) 'I', (byte) 'F', (byte) '8', (byte) '9', (byte) 'a');
    }

    private static byte[] picture(int size, byte... magic) {
        byte[] bytes = Arrays.copyOf(magic, size);
        for (int i = magic.length; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
