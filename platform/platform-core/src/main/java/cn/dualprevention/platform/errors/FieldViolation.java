package cn.dualprevention.platform.errors;

/** One broken rule of one input field, as it appears in a problem+json {@code errors} entry. */
public record FieldViolation(String field, String rule, String message) {
}
