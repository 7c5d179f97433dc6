package cn.dualprevention.risk.enterprise.domain;

import cn.dualprevention.platform.errors.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnterpriseTest {

    private final Enterprise enterprise = Enterprise.register("e", "g", "中原储运", "410100001", "91410100MA44XXK123",
            "郑州", null);

    @Test
    void anEnterpriseChangesItsNameAndAddressButNotItsCompanyCode() {
        Enterprise renamed = enterprise.update("中原储运股份", "410100001", "91410100MA44XXK123", "郑州经开区", "Asia/Urumqi");
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(renamed.registered().timeZone()).isEqualTo("Asia/Urumqi");
        assertThatThrownBy(() -> enterprise.update("中原储运", "410100002", "91410100MA44XXK123", "郑州", null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("company-code-fixed"));
    }
}
