package cn.dualprevention.inspection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every integration test of this module runs on one {@link MutableClock} (one shared context). */
@Configuration
class TestClockConfiguration {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}
