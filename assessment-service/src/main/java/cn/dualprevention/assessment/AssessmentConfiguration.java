package cn.dualprevention.assessment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Settings and the weekly / periodic jobs of assessment-service. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(AssessmentProperties.class)
class AssessmentConfiguration {
}
