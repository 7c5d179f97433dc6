package cn.dualprevention.gateway.error;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/**
 * Turns an exception from the gateway (or from a routed call) into a {@link Problem}.
 *
 * <p>A routed call that failed for want of a healthy service (no instance, circuit open, refused or
 * broken connection) is 503; one that took too long is 504. Never a 500 for those, never a 2xx.
 */
public class ProblemMapper {

    static final String SERVICE_UNAVAILABLE = "urn:dp:problem:service-unavailable";
    static final String GATEWAY_TIMEOUT = "urn:dp:problem:gateway-timeout";
    static final String ABOUT_BLANK = "about:blank";

    private static final int MAX_CAUSE_DEPTH = 16;

    public Problem map(Throwable error, ServerWebExchange exchange) {
        String instance = exchange.getRequest().getURI().getRawPath();
        String service = serviceOf(exchange);

        if (service != null) {
            Problem upstream = upstreamFailure(error, service, instance);
            if (upstream != null) {
                return upstream;
            }
        }
        if (error instanceof ResponseStatusException rse) {
            return generic(rse.getStatusCode(), detailOf(rse, instance), instance, service);
        }
        if (service != null) {
            return unavailable(service + " could not be called", instance, service);
        }
        return generic(HttpStatus.INTERNAL_SERVER_ERROR, "The gateway failed to handle the request", instance, null);
    }

    /** True for the upstream failures worth only a warning line (no stack trace). */
    public boolean isExpected(Problem problem) {
        return problem.status() < 500 || problem.service() != null;
    }

    private Problem upstreamFailure(Throwable error, String service, String instance) {
        if (error instanceof NotFoundException) {
            return unavailable(service + " has no available instance", instance, service);
        }
        if (error instanceof ServiceUnavailableException || hasCause(error, CallNotPermittedException.class)) {
            return unavailable(service + " is unavailable (circuit breaker open)", instance, service);
        }
        if (isTimeout(error)) {
            return new Problem(GATEWAY_TIMEOUT, HttpStatus.GATEWAY_TIMEOUT.getReasonPhrase(),
                    HttpStatus.GATEWAY_TIMEOUT.value(), service + " did not answer in time", instance, service);
        }
        if (hasCause(error, IOException.class)) {
            return unavailable(service + " is unreachable", instance, service);
        }
        return null;
    }

    private static boolean isTimeout(Throwable error) {
        if (error instanceof ResponseStatusException rse && rse.getStatusCode().value() == 504) {
            return true;
        }
        return hasCause(error, TimeoutException.class)
                || hasCause(error, org.springframework.cloud.gateway.support.TimeoutException.class);
    }

    private static Problem unavailable(String detail, String instance, String service) {
        return new Problem(SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(),
                HttpStatus.SERVICE_UNAVAILABLE.value(), detail, instance, service);
    }

    private static Problem generic(HttpStatusCode status, String detail, String instance, String service) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status.value();
        return new Problem(ABOUT_BLANK, title, status.value(), detail, instance, service);
    }

    private static String detailOf(ResponseStatusException rse, String path) {
        if (rse.getStatusCode().value() == 404) {
            return "No API or resource at " + path;
        }
        return rse.getReason() != null ? rse.getReason() : rse.getMessage();
    }

    /** The service id of the route this exchange matched ({@code lb://risk-service} gives risk-service). */
    static String serviceOf(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return null;
        }
        if ("lb".equals(route.getUri().getScheme()) && route.getUri().getHost() != null) {
            return route.getUri().getHost();
        }
        return route.getId();
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
