package cn.dualprevention.hazard.photo.application;

import cn.dualprevention.hazard.photo.domain.HazardPhoto;
import cn.dualprevention.hazard.photo.domain.HazardPhotos;
import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 隐患照片 — photos uploaded for hazards (as found, after remediation), kept per enterprise; a hazard refers to them
 * by id, and only photos of the hazard's own enterprise can be referred to.
 */
@Service
public class PhotoLibrary {

    static final String KIND = "hazard photo";

    private final HazardPhotos photos;
    private final PhotoSettings settings;
    private final Clock clock;

    public PhotoLibrary(HazardPhotos photos, PhotoSettings settings, Clock clock) {
        this.photos = photos;
        this.settings = settings;
        this.clock = clock;
    }

    public long maxBytes() {
        return settings.maxBytes();
    }

    /** Keeps an uploaded photo of the enterprise after checking its type (by content) and size. */
    public HazardPhoto upload(String enterpriseId, String declaredType, byte[] content) {
        Caller caller = CallerContext.require();
        if (enterpriseId == null || enterpriseId.isBlank()) {
            throw new InvalidValueException("enterpriseId", "required", "the enterprise the photo belongs to");
        }
        if (!caller.mayAccess(caller.groupId(), enterpriseId)) {
            throw new InvalidValueException("enterpriseId", "exists", "no enterprise " + enterpriseId + " in the caller's scope");
        }
        HazardPhoto photo = HazardPhoto.upload(Ids.newId(), caller.groupId(), enterpriseId, declaredType, content,
                settings.maxBytes(), caller.userId(), clock.instant());
        photos.store(photo);
        return photo;
    }

    /** A photo, for a caller who may see its enterprise (404 otherwise). */
    public HazardPhoto get(String id) {
        Caller caller = CallerContext.require();
        HazardPhoto photo = photos.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
        caller.requireAccess(photo.groupId(), photo.enterpriseId(), KIND, id);
        return photo;
    }

    /** Every id must be a photo of the enterprise: 400 {@code <field>[i]/exists} naming each that is not. */
    public void requireExisting(String field, List<String> ids, String groupId, String enterpriseId) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<String> known = photos.existing(ids, groupId, enterpriseId);
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                violations.add(new FieldViolation(field + "[" + i + "]", "exists",
                        "no photo " + ids.get(i) + " of this enterprise; upload it first (POST /api/v1/hazards/photos)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }
}
