package cn.dualprevention.hazard.hazard.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.text.TextWidth;

import java.util.List;

/** Required and optional text fields with the regulator's width limits. */
final class Texts {

    private Texts() {
    }

    static void require(List<FieldViolation> violations, String field, String value, int width) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "required", "must not be blank"));
        } else {
            optional(violations, field, value, width);
        }
    }

    static void optional(List<FieldViolation> violations, String field, String value, int width) {
        if (value != null && !TextWidth.fits(value.trim(), width)) {
            violations.add(new FieldViolation(field, "max-width",
                    "at most " + width + " wide (a Chinese character counts as two); this is " + TextWidth.of(value.trim())));
        }
    }
}
