package cn.dualprevention.gateway.web;

import org.slf4j.MDC;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * Copies the request id from the Reactor context into the SLF4J MDC on whichever thread runs the
 * request (with {@code spring.reactor.context-propagation=auto}). Registered through
 * {@code META-INF/services/io.micrometer.context.ThreadLocalAccessor}.
 */
public class RequestIdThreadLocalAccessor implements ThreadLocalAccessor<String> {

    @Override
    public Object key() {
        return RequestIds.MDC_KEY;
    }

    @Override
    public String getValue() {
        return MDC.get(RequestIds.MDC_KEY);
    }

    @Override
    public void setValue(String value) {
        MDC.put(RequestIds.MDC_KEY, value);
    }

    @Override
    public void setValue() {
        MDC.remove(RequestIds.MDC_KEY);
    }
}
