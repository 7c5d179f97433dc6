package cn.dualprevention.platform.errors;

/** Someone else changed the same object between read and write (409; reload and try again). */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String kind, String id) {
        super(kind + " " + id + " was changed concurrently; reload it and try again");
    }
}
