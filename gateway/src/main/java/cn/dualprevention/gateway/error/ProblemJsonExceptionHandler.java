package cn.dualprevention.gateway.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import cn.dualprevention.gateway.web.RequestIds;
import reactor.core.publisher.Mono;

/**
 * Writes every error the gateway itself produces as {@code application/problem+json}. Runs before
 * Boot's default error handler (order -1), so no HTML or Boot-style JSON error ever leaves the gateway.
 */
@Component
@Order(-2)
public class ProblemJsonExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemJsonExceptionHandler.class);

    private final ProblemMapper mapper = new ProblemMapper();

    private final ProblemResponses problems;

    public ProblemJsonExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        Problem problem = mapper.map(error, exchange);
        log(exchange, problem, error);

        return problems.write(exchange, problem);
    }

    private void log(ServerWebExchange exchange, Problem problem, Throwable error) {
        RequestIds.withMdc(exchange, () -> {
            String line = exchange.getRequest().getMethod() + " " + problem.instance() + " -> " + problem.status()
                    + ": " + problem.detail();
            if (problem.status() < 500) {
                log.debug("{} ({})", line, error.toString());
            } else if (mapper.isExpected(problem)) {
                log.warn("{} ({})", line, error.toString());
            } else {
                log.error(line, error);
            }
        });
    }
}
