package cn.dualprevention.risk.enterprise.domain;

import cn.dualprevention.platform.errors.InvalidValueException;

/**
 * 统一社会信用代码 — the 18-character unified social credit code (GB 32100-2015), with its check digit.
 */
public record UnifiedSocialCreditCode(String value) {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        if (value == null || !value.matches("[0-9A-HJ-NP-RT-UW-Y]{18}")) {
            throw new InvalidValueException("uscc", "format",
                    "must be 18 characters of digits and upper-case letters other than I, O, Z, S, V");
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new InvalidValueException("uscc", "check-digit",
                    "check character is " + value.charAt(17) + " but the first 17 characters give " + expected);
        }
    }

    /** The check character (18th) for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
