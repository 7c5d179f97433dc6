package cn.dualprevention.platform.audit;

/**
 * One field of an aggregate that a change touched: its value before and after, as a short summary
 * (scalars as they are, dates as ISO-8601, nested documents and lists as JSON cut to a few hundred characters).
 *
 * @param field  dotted path, e.g. {@code status} or {@code location.building}
 * @param before null when the field was absent (e.g. on creation)
 * @param after  null when the field was removed
 */
public record FieldChange(String field, Object before, Object after) {
}
