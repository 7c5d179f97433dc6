package cn.dualprevention.hazard.photo.domain;

/** A photo over the size limit (answered 413 problem+json, field {@code body}, rule {@code max-size}). */
public class PhotoTooLargeException extends RuntimeException {

    private final long maxBytes;

    public PhotoTooLargeException(long maxBytes, long actualBytes) {
        super("a hazard photo is at most " + maxBytes + " bytes" + (actualBytes > 0 ? ", this one has " + actualBytes : ""));
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
