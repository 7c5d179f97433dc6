package cn.dualprevention.inspection.record.domain;

import java.util.Optional;

/** Where record photos are kept (GridFS). */
public interface PhotoStore {

    /** Stores a photo of a record and returns its id. */
    String store(Photo photo, String groupId, String enterpriseId, String recordClientId);

    Optional<StoredPhoto> find(String photoId);

    /** A stored photo with its tenant, so that only callers of that tenant get it back. */
    record StoredPhoto(String id, String groupId, String enterpriseId, Photo photo) {
    }
}
