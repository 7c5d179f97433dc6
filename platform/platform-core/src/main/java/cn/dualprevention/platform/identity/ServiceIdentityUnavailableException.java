package cn.dualprevention.platform.identity;

/** This service could not obtain its own access token (not configured, issuer down, client refused). */
public class ServiceIdentityUnavailableException extends RuntimeException {

    public ServiceIdentityUnavailableException(String message) {
        super(message);
    }

    public ServiceIdentityUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
