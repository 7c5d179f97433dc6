package cn.dualprevention.gateway.security;

import java.util.List;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Removes every {@code X-DP-*} header a client sent, so that no one can pass an identity of their own
 * choosing to a service: the identity travels only inside the verified access token, relayed unchanged.
 */
@Component
public class IdentityHeaderFilter implements WebFilter, Ordered {

    static final String PREFIX = "x-dp-";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> forged = exchange.getRequest().getHeaders().headerNames().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(PREFIX)).toList();
        if (forged.isEmpty()) {
            return chain.filter(exchange);
        }
        ServerHttpRequest cleaned = exchange.getRequest().mutate()
                .headers(headers -> forged.forEach(headers::remove)).build();
        return chain.filter(exchange.mutate().request(cleaned).build());
    }
}
