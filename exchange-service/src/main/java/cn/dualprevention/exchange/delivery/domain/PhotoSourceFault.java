package cn.dualprevention.exchange.delivery.domain;

/** A photo could not be fetched for a passing reason (service down or slow, circuit open, no service token yet). */
public class PhotoSourceFault extends RuntimeException {

    public PhotoSourceFault(String message, Throwable cause) {
        super(message, cause);
    }
}
