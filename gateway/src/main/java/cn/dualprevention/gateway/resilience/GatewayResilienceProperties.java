package cn.dualprevention.gateway.resilience;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Gateway settings not covered by Spring Cloud Gateway's own properties.
 *
 * @param readTimeout how long a GET or HEAD waits for the service's response headers
 */
@ConfigurationProperties("dp.gateway")
public record GatewayResilienceProperties(@DefaultValue("10s") Duration readTimeout) {
}
