package cn.dualprevention.sandbox.hub.domain;

/** A sandbox setting (profile, account, fault) that cannot work; names the field and the rule. */
public class InvalidSettingException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidSettingException(String field, String rule, String message) {
        super(field + ": " + message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
