package cn.dualprevention.hazard;

import cn.dualprevention.hazard.hazard.application.EscalationSettings;
import cn.dualprevention.hazard.hazard.application.MajorHazardSettings;
import cn.dualprevention.hazard.photo.application.PhotoSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Settings and scheduling of hazard-service. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties({EscalationSettings.class, MajorHazardSettings.class, PhotoSettings.class})
class HazardConfiguration {
}
