package cn.dualprevention.platform.errors;

import java.util.List;

/**
 * Input that breaks a rule of the domain (400). Plain Java so that domain code may throw it.
 * Each violation names the field and the rule, e.g. {@code uscc} / {@code check-digit}.
 */
public class InvalidValueException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidValueException(String field, String rule, String message) {
        this(List.of(new FieldViolation(field, rule, message)));
    }

    public InvalidValueException(List<FieldViolation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
