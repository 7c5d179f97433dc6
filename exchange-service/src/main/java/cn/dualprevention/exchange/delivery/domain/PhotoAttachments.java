package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.receiver.domain.ReceiverProfile;
import cn.dualprevention.exchange.record.domain.PhotoRef;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 隐患照片上报 — puts the photos a record refers to into the record as it goes to one receiver: per photo field the
 * first of its photos that can travel — a JPEG or PNG of at most {@code maxBytes} as kept, or anything else a picture
 * can be read from, re-encoded as a JPEG (downscaled until it fits). A field none of whose photos can travel (not found,
 * not a picture) holds the record for that receiver, with reasons a person can act on. A photo service that fails
 * throws {@link PhotoSourceFault}: the record waits, and never goes without its photo as if all were fine.
 */
public final class PhotoAttachments {

    /** Every hold reason about a photo starts so (a re-send on request may settle it once the photo is back). */
    public static final String REASON_PREFIX = "photo ";

    private final PhotoSource source;
    private final PhotoReencoder reencoder;
    private final long maxBytes;

    public PhotoAttachments(PhotoSource source, PhotoReencoder reencoder, long maxBytes) {
        this.source = source;
        this.reencoder = reencoder;
        this.maxBytes = maxBytes;
    }

    /** True for a hold reason about a photo. */
    public static boolean isPhotoReason(String reason) {
        return reason != null && reason.startsWith(REASON_PREFIX);
    }

    /**
     * The record with its photos in the receiver's form (bare base64 or data URL), or why it cannot go.
     *
     * @throws PhotoSourceFault when a photo service fails (retry later)
     */
    public Attachment attach(WireRecord wire, ReceiverProfile profile) {
        if (!wire.needsPhotos()) {
            return new Attachment.Ready(wire, 0, List.of());
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<TravellingPhoto> photos = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        long size = 0;
        for (Map.Entry<String, List<PhotoRef>> field : wire.photos().entrySet()) {
            List<String> tried = new ArrayList<>();
            TravellingPhoto chosen = null;
            for (PhotoRef ref : field.getValue()) {
                Choice choice = choose(source.fetch(ref));
                if (choice.photo() != null) {
                    chosen = choice.photo();
                    break;
                }
                tried.add(choice.problem());
            }
            if (chosen == null) {
                tried.forEach(problem -> reasons.add(REASON_PREFIX + field.getKey() + ": " + problem));
                continue;
            }
            String value = ReceiverDialect.photoValue(chosen, profile);
            values.put(field.getKey(), value);
            photos.add(chosen);
            size += value.length();
        }
        if (!reasons.isEmpty()) {
            return new Attachment.Held(reasons);
        }
        return new Attachment.Ready(wire.withPhotos(values), size, photos);
    }

    /** The photo as it can travel, or what is wrong with it. */
    public Optional<TravellingPhoto> prepare(PhotoRef ref, byte[] bytes) {
        return Optional.ofNullable(choose(new FetchedPhoto.Found(ref, bytes)).photo());
    }

    private Choice choose(FetchedPhoto fetched) {
        PhotoRef ref = fetched.ref();
        if (fetched instanceof FetchedPhoto.Missing missing) {
            return new Choice(null, ref + " " + missing.reason());
        }
        byte[] bytes = ((FetchedPhoto.Found) fetched).bytes();
        Optional<PictureFormat> format = PictureFormat.of(bytes);
        if (format.isPresent() && bytes.length <= maxBytes) {
            return new Choice(new TravellingPhoto(ref, format.get(), bytes, false), null);
        }
        Optional<byte[]> jpeg = reencoder.toJpeg(bytes, maxBytes);
        if (jpeg.isPresent() && jpeg.get().length <= maxBytes && PictureFormat.of(jpeg.get()).orElse(null) == PictureFormat.JPEG) {
            return new Choice(new TravellingPhoto(ref, PictureFormat.JPEG, jpeg.get(), true), null);
        }
        return new Choice(null, ref + " is " + (format.isPresent() ? "a " + format.get() + " of " + bytes.length
                + " bytes that cannot be re-encoded within " + maxBytes + " bytes"
                : "not a picture that can be read (" + bytes.length + " bytes, starting "
                + HexFormat.of().formatHex(bytes, 0, Math.min(8, bytes.length)) + ")")
                + "; the regulator takes JPEG or PNG of at most " + maxBytes + " bytes — replace the photo at "
                + ref.origin().service());
    }

    private record Choice(TravellingPhoto photo, String problem) {
    }

    /** The record ready to go with its photos ({@code bytes}: their size on the wire), or held with the reasons. */
    public sealed interface Attachment {

        record Ready(WireRecord wire, long bytes, List<TravellingPhoto> photos) implements Attachment {
        }

        record Held(List<String> reasons) implements Attachment {
        }
    }
}
