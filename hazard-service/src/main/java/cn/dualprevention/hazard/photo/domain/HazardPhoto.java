package cn.dualprevention.hazard.photo.domain;

import cn.dualprevention.platform.errors.InvalidValueException;

import java.time.Instant;

/**
 * 隐患照片 — a photo of a hazard (as found, or after remediation): JPEG, PNG or WebP by its content, not only by its
 * label, and within the size limit. Belongs to one enterprise; whoever may see that enterprise may see the photo.
 */
public record HazardPhoto(String id, String groupId, String enterpriseId, PhotoFormat format, byte[] content,
                          String uploadedBy, Instant uploadedAt) {

    /**
     * Checks an upload: the declared content type must be a picture type we keep (400 {@code contentType/image-type}),
     * the bytes must be a picture of that type (400 {@code body/content-matches-type}), not empty (400
     * {@code body/required}) and at most {@code maxBytes} ({@link PhotoTooLargeException}, 413).
     */
    public static HazardPhoto upload(String id, String groupId, String enterpriseId, String declaredType, byte[] content,
                                     long maxBytes, String uploadedBy, Instant at) {
        PhotoFormat declared = PhotoFormat.ofContentType(declaredType).orElseThrow(() -> new InvalidValueException(
                "contentType", "image-type", "a hazard photo is image/jpeg, image/png or image/webp, not " + declaredType));
        if (content == null || content.length == 0) {
            throw new InvalidValueException("body", "required", "the photo's bytes are the request body");
        }
        if (content.length > maxBytes) {
            throw new PhotoTooLargeException(maxBytes, content.length);
        }
        PhotoFormat actual = PhotoFormat.detect(content).orElseThrow(() -> new InvalidValueException("body",
                "content-matches-type", "the body is not a JPEG, PNG or WebP picture (declared " + declared.contentType() + ")"));
        if (actual != declared) {
            throw new InvalidValueException("body", "content-matches-type",
                    "declared " + declared.contentType() + " but the body is " + actual.contentType());
        }
        return new HazardPhoto(id, groupId, enterpriseId, actual, content, uploadedBy, at);
    }

    public String contentType() {
        return format.contentType();
    }
}
