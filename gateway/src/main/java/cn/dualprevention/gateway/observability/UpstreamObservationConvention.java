package cn.dualprevention.gateway.observability;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;
import org.springframework.stereotype.Component;

/**
 * Names the gateway's metric for calls to the services {@code spring.cloud.gateway.http.client.requests}.
 *
 * <p>The default name, {@code http.client.requests}, is also used by the Eureka client's RestClient with
 * other tag keys; Prometheus keeps only the first registered set, so the per-route metric was dropped.
 */
@Component
public class UpstreamObservationConvention extends DefaultGatewayObservationConvention {

    public static final String NAME = "spring.cloud.gateway.http.client.requests";

    @Override
    public String getName() {
        return NAME;
    }
}
