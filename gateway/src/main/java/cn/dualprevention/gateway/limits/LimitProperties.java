package cn.dualprevention.gateway.limits;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Abuse limits at the gateway ({@code dp.gateway.limits.*}).
 *
 * @param requestsPerPeriod  API requests one client (token subject) may make per period ({@code DP_RATE_LIMIT})
 * @param period             the rate limit window ({@code DP_RATE_LIMIT_PERIOD})
 * @param maxBody            largest request body on ordinary paths ({@code DP_MAX_BODY})
 * @param maxUpload          largest request body on upload paths ({@code DP_MAX_UPLOAD})
 * @param uploadPaths        path patterns (Spring {@code PathPattern}) that take uploads: imports, photos, batch sync
 */
@ConfigurationProperties("dp.gateway.limits")
public record LimitProperties(int requestsPerPeriod, Duration period, DataSize maxBody, DataSize maxUpload,
                              List<String> uploadPaths) {

    public LimitProperties {
        requestsPerPeriod = requestsPerPeriod <= 0 ? 100 : requestsPerPeriod;
        period = period == null ? Duration.ofSeconds(1) : period;
        maxBody = maxBody == null ? DataSize.ofMegabytes(1) : maxBody;
        maxUpload = maxUpload == null ? DataSize.ofMegabytes(20) : maxUpload;
        uploadPaths = uploadPaths == null ? List.of() : List.copyOf(uploadPaths);
    }
}
