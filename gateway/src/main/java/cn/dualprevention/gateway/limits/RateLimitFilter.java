package cn.dualprevention.gateway.limits;

import java.security.Principal;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.dualprevention.gateway.error.ProblemResponses;
import cn.dualprevention.gateway.web.RequestIds;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Limits each client to {@code requestsPerPeriod} API requests per {@code period} (resilience4j
 * {@link RateLimiter}, one per client, in memory per gateway instance). The client is the verified token's
 * subject — a user, or a machine client's id — so the filter runs after authentication (order 0, behind
 * Spring Security's -100). Over the limit: 429 problem+json with {@code Retry-After}; the request never
 * reaches the service.
 */
@Component
public class RateLimitFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    static final String TYPE = "urn:dp:problem:rate-limited";

    private final RateLimiterRegistry limiters;
    private final LimitProperties limits;
    private final ProblemResponses problems;
    private final MeterRegistry meters;

    public RateLimitFilter(LimitProperties limits, ProblemResponses problems, MeterRegistry meters) {
        this.limits = limits;
        this.problems = problems;
        this.meters = meters;
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(limits.requestsPerPeriod())
                .limitRefreshPeriod(limits.period())
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getURI().getRawPath().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(Principal::getName)
                .defaultIfEmpty("anonymous:" + clientAddress(exchange))
                .flatMap(client -> {
                    RateLimiter limiter = limiters.rateLimiter(client);
                    if (limiter.acquirePermission()) {
                        return chain.filter(exchange);
                    }
                    return refuse(exchange, client, limiter);
                });
    }

    private Mono<Void> refuse(ServerWebExchange exchange, String client, RateLimiter limiter) {
        long waitNanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
                : limits.period().toNanos();
        long retryAfter = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        meters.counter("dp.gateway.rate.limited").increment();
        RequestIds.withMdc(exchange, () -> log.warn("rate limit: client {} over {} requests per {}", client,
                limits.requestsPerPeriod(), limits.period()));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, TYPE, "More than " + limits.requestsPerPeriod()
                + " requests in " + limits.period().toMillis() + " ms by this client; retry after " + retryAfter + " s.");
    }

    private static String clientAddress(ServerWebExchange exchange) {
        var address = exchange.getRequest().getRemoteAddress();
        return address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress();
    }
}
