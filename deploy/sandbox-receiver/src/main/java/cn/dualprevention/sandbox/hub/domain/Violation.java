package cn.dualprevention.sandbox.hub.domain;

/**
 * One broken rule of one record, as the receiver answers it.
 *
 * @param field the record field (or {@code record} for the record as a whole)
 * @param rule  the rule's key ({@code required}, {@code max-width}, {@code code}, {@code parent-exists}, ...)
 * @param msg   the receiver's message
 */
public record Violation(String field, String rule, String msg) {

    public String text() {
        return field + ": " + msg;
    }
}
