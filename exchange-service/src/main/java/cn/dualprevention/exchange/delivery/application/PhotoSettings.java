package cn.dualprevention.exchange.delivery.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Photos of hidden-danger records ({@code dp.exchange.photos.*}), fetched from the services that keep them when a record
 * goes to an http-batch receiver.
 *
 * @param hazardServiceUrl     hazard-service, by its registry name ({@code http://hazard-service}, load-balanced)
 * @param inspectionServiceUrl inspection-service, likewise
 * @param maxSize              the largest photo a regulator takes (5 MB); larger ones are re-encoded as a smaller JPEG
 * @param maxFetchSize         the largest photo fetched at all (a larger one is held, never read into memory)
 * @param connectTimeout       connecting to a photo service
 * @param readTimeout          waiting for a photo
 * @param maxBatchBytes        photos in one batch to a receiver at most (on the wire); a batch with more is split,
 *                             so that 50 records × 2 × 5 MB never sit in memory at once
 */
@ConfigurationProperties("dp.exchange.photos")
public record PhotoSettings(String hazardServiceUrl, String inspectionServiceUrl, DataSize maxSize, DataSize maxFetchSize,
                            Duration connectTimeout, Duration readTimeout, DataSize maxBatchBytes) {

    public PhotoSettings {
        hazardServiceUrl = hazardServiceUrl == null || hazardServiceUrl.isBlank() ? "http://hazard-service" : hazardServiceUrl;
        inspectionServiceUrl = inspectionServiceUrl == null || inspectionServiceUrl.isBlank() ? "http://inspection-service"
                : inspectionServiceUrl;
        maxSize = maxSize == null ? DataSize.ofMegabytes(5) : maxSize;
        maxFetchSize = maxFetchSize == null ? DataSize.ofMegabytes(20) : maxFetchSize;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
        maxBatchBytes = maxBatchBytes == null ? DataSize.ofMegabytes(16) : maxBatchBytes;
    }
}
