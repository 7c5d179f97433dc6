package cn.dualprevention.exchange.record.domain;

import cn.dualprevention.platform.text.TextWidth;

import java.util.List;

/** The field rules of the specification that every record must pass before it may be sent. */
final class SpecRules {

    private SpecRules() {
    }

    static void required(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is required");
        }
    }

    static void width(List<String> problems, String field, String value, int limit) {
        if (value != null && !TextWidth.fits(value, limit)) {
            problems.add(field + " is " + TextWidth.of(value) + " wide, the limit is " + limit
                    + " (a Chinese character counts as two)");
        }
    }

    static void common(List<String> problems, String id, String companyCode, String tyshxydm, String createBy) {
        if (id == null || !(id.length() == 32 || id.length() == 36)) {
            problems.add("id must be a UUID of 32 or 36 characters");
        }
        if (companyCode == null || !companyCode.matches("\\d{9}")) {
            problems.add("companyCode must be exactly 9 digits");
        }
        if (tyshxydm == null || tyshxydm.length() != 18) {
            problems.add("tyshxydm must be exactly 18 characters");
        }
        width(problems, "createBy", createBy, 50);
    }
}
