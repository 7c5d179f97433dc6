package cn.dualprevention.exchange.delivery.domain;

import java.util.Optional;

/** Turns a picture the regulator does not take (another format, or too large) into a JPEG it takes. */
public interface PhotoReencoder {

    /**
     * The picture as a JPEG of at most {@code maxBytes}, downscaled as far as needed; empty when the bytes are no
     * picture this encoder can read.
     */
    Optional<byte[]> toJpeg(byte[] picture, long maxBytes);
}
