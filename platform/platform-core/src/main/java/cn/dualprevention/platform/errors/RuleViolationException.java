package cn.dualprevention.platform.errors;

/**
 * A request that is well-formed but not allowed in the current state (409), e.g. accepting a hazard
 * that was never submitted. {@code rule} is a stable, machine-readable name of the rule.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
