package cn.dualprevention.gateway.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.web.server.ServerWebExchange;

/** The {@code X-Request-Id} conventions: header name, MDC key, exchange attribute, accepted values. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** MDC key (and Reactor context key) that carries the request id into log lines. */
    public static final String MDC_KEY = "requestId";

    /** Exchange attribute holding the request id chosen for this exchange. */
    public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    /** Ids a client may choose: short, and nothing that could forge or break a log line. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The client's id when it is acceptable, otherwise a new random UUID. */
    public static String acceptOrGenerate(String fromClient) {
        if (fromClient != null && ACCEPTED.matcher(fromClient).matches()) {
            return fromClient;
        }
        return UUID.randomUUID().toString();
    }

    /** The id {@link RequestIdFilter} chose for this exchange, or null before it ran. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    /** Runs {@code action} with the exchange's request id in the MDC (for code outside the Reactor context). */
    public static void withMdc(ServerWebExchange exchange, Runnable action) {
        String id = of(exchange);
        if (id == null) {
            action.run();
            return;
        }
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            action.run();
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }
}
