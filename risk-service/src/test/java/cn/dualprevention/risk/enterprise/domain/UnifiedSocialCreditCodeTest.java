package cn.dualprevention.risk.enterprise.domain;

import cn.dualprevention.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91410100MA44XXK123", "91410100MA45LNG018", "91140000MA0KC0K01T"})
    void acceptsCodesWhoseCheckCharacterMatches(String code) {
        assertThat(new UnifiedSocialCreditCode(code).value()).isEqualTo(code);
    }

    @Test
    void rejectsAWrongCheckCharacterNamingTheRule() {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91410100MA44XXK124"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("uscc");
                    assertThat(e.violations().get(0).rule()).isEqualTo("check-digit");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91410100MA44XXK12", "91410100MA44XXK1234", "91410100MA44XXKI23", "91410100ma44xxk123"})
    void rejectsMalformedCodes(String code) {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(code))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().get(0).rule()).isEqualTo("format"));
    }

    @Test
    void everySingleCharacterChangeOfTheBodyIsCaught() {
        String valid = "91410100MA45LNG018";
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int position = 0; position < 17; position++) {
            for (char replacement : charset.toCharArray()) {
                if (replacement == valid.charAt(position)) {
                    continue;
                }
                String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
                assertThat(UnifiedSocialCreditCode.checkCharacter(changed.substring(0, 17)))
                        .as(changed).isNotEqualTo(valid.charAt(17));
            }
        }
    }
}
