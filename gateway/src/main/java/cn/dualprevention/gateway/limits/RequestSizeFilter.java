package cn.dualprevention.gateway.limits;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import cn.dualprevention.gateway.error.ProblemResponses;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above the limit with 413 problem+json: {@code maxUpload} on the upload paths
 * (imports, photos, offline batch sync), {@code maxBody} everywhere else. A declared {@code Content-Length}
 * is checked before anything is read or forwarded; a body without one (chunked) is counted as it streams
 * and cut off once it passes the limit.
 */
@Component
public class RequestSizeFilter implements WebFilter, Ordered {

    static final String TYPE = "urn:dp:problem:payload-too-large";

    private final LimitProperties limits;
    private final ProblemResponses problems;
    private final List<PathPattern> uploadPaths;

    public RequestSizeFilter(LimitProperties limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
        this.uploadPaths = limits.uploadPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    long limitFor(String path) {
        PathContainer container = PathContainer.parsePath(path);
        boolean upload = uploadPaths.stream().anyMatch(pattern -> pattern.matches(container));
        return (upload ? limits.maxUpload() : limits.maxBody()).toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = limitFor(request.getURI().getRawPath());
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong seen = new AtomicLong();
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().doOnNext(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, message(limit));
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, TYPE, message(limit));
    }

    private static String message(long limit) {
        return "The request body is larger than " + limit + " bytes, the limit for this path.";
    }
}
