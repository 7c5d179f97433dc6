package cn.dualprevention.platform.tenancy;

import java.util.Optional;

/**
 * The caller of the current request or event, bound to the current thread by the platform's web
 * filter and event dispatcher.
 */
public final class CallerContext {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CallerContext() {
    }

    public static Optional<Caller> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The caller; a request without one never reaches application code (the filter answers 401). */
    public static Caller require() {
        Caller caller = CURRENT.get();
        if (caller == null) {
            throw new IllegalStateException("no caller bound to this thread");
        }
        return caller;
    }

    public static void bind(Caller caller) {
        CURRENT.set(caller);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
