package cn.dualprevention.deploy.demo;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character over the first 17. The
 * organisation code part (characters 9–17) carries its own check character (GB 11714).
 */
public final class Uscc {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private Uscc() {
    }

    /** The check character (18th) of the first 17 characters. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** Whether the code is 18 USCC characters with the right check character. */
    public static boolean isValid(String code) {
        return code != null && code.matches("[0-9A-HJ-NP-RT-UW-Y]{18}")
                && checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /**
     * A company's code: registration authority 9 (industry and commerce) and kind 1 (enterprise), the 6-digit
     * region, an organisation code of 8 digits with its GB 11714 check character, then the USCC check character.
     */
    public static String forCompany(String region6, long serial8) {
        String org8 = String.format("%08d", serial8 % 100_000_000L);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (org8.charAt(i) - '0') * ORG_WEIGHTS[i];
        }
        int c9 = 11 - sum % 11;
        char orgCheck = c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9);
        String first17 = "91" + region6 + org8 + orgCheck;
        return first17 + checkCharacter(first17);
    }
}
