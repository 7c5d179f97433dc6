package cn.dualprevention.inspection;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on this service's scheduled jobs (each runs under the platform's ClusterLock). */
@Configuration
@EnableScheduling
class InspectionScheduling {
}
