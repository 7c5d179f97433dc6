package cn.dualprevention.hazard.photo.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code dp.hazard.photos}: the largest photo accepted ({@code max-size}, default 10MB). */
@ConfigurationProperties("dp.hazard.photos")
public record PhotoSettings(DataSize maxSize) {

    public PhotoSettings {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    }

    public long maxBytes() {
        return maxSize.toBytes();
    }
}
