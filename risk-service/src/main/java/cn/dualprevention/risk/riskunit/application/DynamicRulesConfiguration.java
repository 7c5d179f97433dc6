package cn.dualprevention.risk.riskunit.application;

import cn.dualprevention.risk.riskunit.domain.DynamicRiskRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dynamic-level rules from {@code dp.risk.dynamic.*} (defaults: all on, 3 missed checks in a row). */
@Configuration
class DynamicRulesConfiguration {

    @Bean
    DynamicRiskRules dynamicRiskRules(@Value("${dp.risk.dynamic.open-major-hazard-makes-major:true}") boolean openMajor,
                                      @Value("${dp.risk.dynamic.hazard-on-measure-raises-one-level:true}") boolean onMeasure,
                                      @Value("${dp.risk.dynamic.missed-checks-in-row:3}") int missedChecks) {
        return new DynamicRiskRules(openMajor, onMeasure, missedChecks);
    }
}
