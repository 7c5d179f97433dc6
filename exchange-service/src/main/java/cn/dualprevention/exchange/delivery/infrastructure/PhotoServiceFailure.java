package cn.dualprevention.exchange.delivery.infrastructure;

/**
 * A photo service failed to answer (unreachable, timeout, 5xx, no instance registered, our identity refused): what the
 * {@code exchange-photos} retry repeats and its circuit breaker counts (application.yml).
 */
public class PhotoServiceFailure extends RuntimeException {

    PhotoServiceFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
