package cn.dualprevention.inspection.record.domain;

import java.util.Set;

/**
 * 发现的隐患 — what an inspector found: description, level (GENERAL 一般 / MAJOR 重大), hazard type code {@code 1}–{@code 8}
 * (optional) and source (dangerSrc {@code 1}–{@code 10}; inspection records are {@code 1} routine 日常 unless the phone says
 * otherwise). hazard-service registers a hazard from it.
 */
public record HazardFinding(String description, String level, String hazardType, String source) {

    public static final String ROUTINE_SOURCE = "1";
    private static final Set<String> LEVELS = Set.of("GENERAL", "MAJOR");
    private static final int DESCRIPTION_MAX = 4000;

    /** Checks a finding as it comes from the phone; the source defaults to routine. */
    public static HazardFinding of(String description, String level, String hazardType, String source) {
        if (description == null || description.isBlank()) {
            throw reject("hazard.description", "required", "a hazard found needs its description");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw reject("hazard.description", "max-4000", "the hazard description is at most 4000 characters");
        }
        if (level == null || !LEVELS.contains(level)) {
            throw reject("hazard.level", "code", "hazard level is GENERAL or MAJOR");
        }
        if (hazardType != null && !isCode(hazardType, 8)) {
            throw reject("hazard.hazardType", "code-1-8", "hazard type is a code 1–8");
        }
        if (source != null && !isCode(source, 10)) {
            throw reject("hazard.source", "code-1-10", "hazard source is a code 1–10");
        }
        return new HazardFinding(description.strip(), level, hazardType, source == null ? ROUTINE_SOURCE : source);
    }

    private static boolean isCode(String value, int last) {
        try {
            int code = Integer.parseInt(value);
            return code >= 1 && code <= last && String.valueOf(code).equals(value);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static RejectedSubmission reject(String field, String rule, String message) {
        return new RejectedSubmission(Rejection.input(field, rule, message));
    }
}
