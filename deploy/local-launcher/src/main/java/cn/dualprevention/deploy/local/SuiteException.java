package cn.dualprevention.deploy.local;

/** The suite could not start (a port is taken, a jar is missing, a process died, a timeout). */
public class SuiteException extends RuntimeException {

    public SuiteException(String message) {
        super(message);
    }

    public SuiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
