package cn.dualprevention.hazard.hazard.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.text.TextWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * 隐患信息 — what was found: name, level, codes, description, cause and photos. Text limits are the
 * regulator's (a Chinese character counts as two) so that whatever is accepted here can be reported.
 *
 * @param photoIds       finding photos kept by this service (GridFS bucket {@code hazard_photos})
 * @param recordPhotoIds the photos of the inspection record the hazard was found on, kept by inspection-service
 */
public record HazardFinding(String name, HazardLevel level, HazardSource source, HazardType hazardType,
                            ManagementClassification managementClassification, OccurrenceLink occurrenceLink,
                            HazardCategory category, String description, String cause, List<String> photoIds,
                            List<String> recordPhotoIds) {

    public HazardFinding {
        List<FieldViolation> violations = new ArrayList<>();
        Texts.require(violations, "name", name, 300);
        Texts.require(violations, "description", description, 4000);
        Texts.optional(violations, "cause", cause, 1000);
        if (level == null) {
            violations.add(new FieldViolation("level", "required", "GENERAL or MAJOR"));
        }
        if (source == null) {
            violations.add(new FieldViolation("source", "required", "a hazard source code 1–10"));
        }
        if (hazardType == null) {
            violations.add(new FieldViolation("hazardType", "required", "a hazard type code 1–8"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        name = name.trim();
        category = category == null ? HazardCategory.OTHER : category;
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
        recordPhotoIds = recordPhotoIds == null ? List.of() : List.copyOf(recordPhotoIds);
    }

    /** A name for a hazard that came with a description only: its beginning, within the 300 limit. */
    public static String nameFrom(String description) {
        if (description == null) {
            return null;
        }
        String text = description.strip().replaceAll("\\s+", " ");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (!TextWidth.fits(name.toString() + text.charAt(i), 100)) {
                break;
            }
            name.append(text.charAt(i));
        }
        return name.toString();
    }
}
