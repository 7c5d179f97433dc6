package cn.dualprevention.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every request an {@code X-Request-Id} (the client's, or a new UUID), forwards it to the service,
 * echoes it in the response, puts it in the log MDC and writes one access log line per request.
 *
 * <p>A {@link WebFilter} rather than a gateway-only filter, so that gateway-generated errors (404, 503)
 * carry the id too.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    private static final Logger ACCESS_LOG = LoggerFactory.getLogger("cn.dualprevention.gateway.access");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String requestId = RequestIds.acceptOrGenerate(request.getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, requestId);
        long startNanos = System.nanoTime();

        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
            logAccess(exchange, startNanos);
            return Mono.empty();
        });

        ServerHttpRequest forwarded = request.mutate()
                .headers(headers -> headers.set(RequestIds.HEADER, requestId))
                .build();
        return chain.filter(exchange.mutate().request(forwarded).build())
                .contextWrite(Context.of(RequestIds.MDC_KEY, requestId));
    }

    private static void logAccess(ServerWebExchange exchange, long startNanos) {
        if (!ACCESS_LOG.isInfoEnabled()) {
            return;
        }
        ServerHttpRequest request = exchange.getRequest();
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        RequestIds.withMdc(exchange, () -> ACCESS_LOG.info("{} {} -> {} in {} ms",
                request.getMethod(), request.getURI().getRawPath(), status == null ? 200 : status.value(), millis));
    }
}
