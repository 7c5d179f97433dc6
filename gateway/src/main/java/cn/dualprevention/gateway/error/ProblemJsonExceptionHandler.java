package cn.dualprevention.gateway.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import cn.dualprevention.gateway.web.RequestIds;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every error the gateway itself produces as {@code application/problem+json}. Runs before
 * Boot's default error handler (order -1), so no HTML or Boot-style JSON error ever leaves the gateway.
 */
@Component
@Order(-2)
public class ProblemJsonExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemJsonExceptionHandler.class);

    private final ProblemMapper mapper = new ProblemMapper();

    private final JsonMapper json;

    public ProblemJsonExceptionHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        Problem problem = mapper.map(error, exchange);
        log(exchange, problem, error);

        response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
        HttpHeaders headers = response.getHeaders();
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(problem);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
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
