package cn.dualprevention.risk.org.domain;

import cn.dualprevention.platform.errors.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19900001111"})
    void aMainlandMobileNumberIsAccepted(String mobile) {
        assertThat(Person.create("p1", "g", "e", "张伟", mobile, null, List.of()).changed().mobile()).isEqualTo(mobile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "+8613812345678"})
    void anyOtherMobileNumberIsRefusedNamingTheRule(String mobile) {
        assertThatThrownBy(() -> Person.create("p1", "g", "e", "张伟", mobile, null, List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field() + "/" + v.rule()).containsExactly("mobile/mobile"));
    }
}
