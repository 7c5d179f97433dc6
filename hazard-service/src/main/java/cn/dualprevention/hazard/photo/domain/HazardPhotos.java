package cn.dualprevention.hazard.photo.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Where hazard photos are kept (GridFS). */
public interface HazardPhotos {

    void store(HazardPhoto photo);

    Optional<HazardPhoto> find(String id);

    /** Those of {@code ids} that are photos of the enterprise. */
    Set<String> existing(Collection<String> ids, String groupId, String enterpriseId);
}
