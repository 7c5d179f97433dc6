package cn.dualprevention.risk.common.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.text.TextWidth;

import java.util.List;

/** The regulator's text rules: required, and at most so wide (a Chinese character counts as two). */
public final class TextRules {

    private TextRules() {
    }

    /** Adds a violation when a required text is blank or any text is too wide. */
    public static void check(List<FieldViolation> violations, String field, String value, int width, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new FieldViolation(field, "required", "must not be blank"));
            }
        } else if (!TextWidth.fits(value.trim(), width)) {
            violations.add(new FieldViolation(field, "max-width",
                    "at most " + width + " wide (a Chinese character counts as two); this is " + TextWidth.of(value.trim())));
        }
    }

    public static void require(List<FieldViolation> violations, String field, String value, int width) {
        check(violations, field, value, width, true);
    }
}
