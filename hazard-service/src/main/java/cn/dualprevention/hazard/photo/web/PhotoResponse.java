package cn.dualprevention.hazard.photo.web;

import java.time.Instant;

/** An uploaded photo: its id (to put in {@code photoIds} / {@code afterPhotoIds}) and where to get it back. */
public record PhotoResponse(String id, String enterpriseId, String contentType, long size, String url, String uploadedBy,
                            Instant uploadedAt) {
}
