package cn.dualprevention.inspection.record.domain;

import java.util.Set;

/** 现场照片 — a photo taken with a record: JPEG or PNG, at most the configured size (the regulator takes ≤ 5 MB). */
public record Photo(String contentType, byte[] content) {

    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png");

    public static Photo of(int index, String contentType, byte[] content, long maxBytes) {
        String field = "photos[" + index + "]";
        if (contentType == null || !TYPES.contains(contentType)) {
            throw new RejectedSubmission(Rejection.input(field + ".contentType", "jpeg-or-png", "a photo is image/jpeg or image/png"));
        }
        if (content == null || content.length == 0) {
            throw new RejectedSubmission(Rejection.input(field + ".data", "required", "a photo needs its data"));
        }
        if (content.length > maxBytes) {
            throw new RejectedSubmission(Rejection.input(field + ".data", "photo-too-large",
                    "a photo is at most " + maxBytes + " bytes, this one has " + content.length));
        }
        return new Photo(contentType, content);
    }
}
