package cn.dualprevention.gateway.resilience;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * A shorter response timeout for reads (GET, HEAD) than the client-wide one used for writes
 * ({@code spring.cloud.gateway.server.webflux.httpclient.response-timeout}). Runs just before the
 * call to the service, inside the Retry and CircuitBreaker filters, so a timed-out read counts as a
 * circuit breaker failure and is answered 504.
 */
@Component
public class ReadTimeoutFilter implements GlobalFilter, Ordered {

    private final GatewayResilienceProperties properties;

    public ReadTimeoutFilter(GatewayResilienceProperties properties) {
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return NettyRoutingFilter.ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange).timeout(properties.readTimeout(), Mono.error(() -> new ResponseStatusException(
                HttpStatus.GATEWAY_TIMEOUT, "No response within " + properties.readTimeout())));
    }
}
