package cn.dualprevention.hazard;

import cn.dualprevention.hazard.hazard.application.EscalationSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Settings and scheduling of hazard-service. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(EscalationSettings.class)
class HazardConfiguration {
}
