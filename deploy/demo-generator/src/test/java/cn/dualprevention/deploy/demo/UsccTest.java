package cn.dualprevention.deploy.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsccTest {

    /** Published codes of real companies (business licences), and the example of the risk-service tests. */
    private static final String[] KNOWN_VALID = {
        "91110108551385082Q", "914403001922038216", "91330100716105852F", "91110000100017643K",
        "91110000710925462X", "91140000MA0KC0K01T"};

    @Test
    void knownCodesHaveTheirCheckCharacter() {
        for (String code : KNOWN_VALID) {
            assertThat(Uscc.checkCharacter(code.substring(0, 17))).as(code).isEqualTo(code.charAt(17));
            assertThat(Uscc.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void aChangedCharacterIsDetected() {
        assertThat(Uscc.isValid("91110108551385082R")).isFalse();
        assertThat(Uscc.isValid("91110108551385083Q")).isFalse();
        assertThat(Uscc.isValid("9111010855138508Q")).isFalse();
        assertThat(Uscc.isValid("91110108551385O82Q")).as("letter O is not a USCC character").isFalse();
    }

    @Test
    void generatedCodesAreValidWithAValidOrganisationCode() {
        for (long serial = 10_000_000; serial < 10_050_000; serial += 997) {
            String code = Uscc.forCompany("410100", serial);
            assertThat(code).hasSize(18).startsWith("91410100");
            assertThat(Uscc.isValid(code)).as(code).isTrue();
            // GB 11714: the 9th character of the organisation code checks its first 8 digits
            String org = code.substring(8, 17);
            int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (org.charAt(i) - '0') * w[i];
            }
            int c = 11 - sum % 11;
            assertThat(org.charAt(8)).isEqualTo(c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c));
        }
    }
}
