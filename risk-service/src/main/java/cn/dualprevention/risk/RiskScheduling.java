package cn.dualprevention.risk;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs of risk-service (the sweep that completes interrupted imports); each runs under a ClusterLock. */
@Configuration
@EnableScheduling
class RiskScheduling {
}
