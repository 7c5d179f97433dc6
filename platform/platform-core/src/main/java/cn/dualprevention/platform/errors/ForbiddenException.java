package cn.dualprevention.platform.errors;

/**
 * The caller is known and the object is within its tenant, but its roles do not allow this action (403).
 * Objects of another tenant are never reported this way: they are {@link NotFoundException}.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
