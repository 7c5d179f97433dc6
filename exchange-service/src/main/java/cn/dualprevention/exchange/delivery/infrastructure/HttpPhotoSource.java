package cn.dualprevention.exchange.delivery.infrastructure;

import cn.dualprevention.exchange.delivery.application.PhotoSettings;
import cn.dualprevention.exchange.delivery.domain.FetchedPhoto;
import cn.dualprevention.exchange.delivery.domain.PhotoSource;
import cn.dualprevention.exchange.delivery.domain.PhotoSourceFault;
import cn.dualprevention.exchange.record.domain.PhotoRef;
import cn.dualprevention.platform.identity.ServiceIdentityUnavailableException;
import cn.dualprevention.platform.identity.ServiceTokenInterceptor;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.DeferringLoadBalancerInterceptor;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.util.function.Supplier;

/**
 * Fetches a photo from the service that keeps it — hazard-service {@code GET /api/v1/hazards/photos/{id}},
 * inspection-service {@code GET /api/v1/inspection-photos/{id}} — through the registry (a load-balanced client to
 * {@code http://hazard-service} / {@code http://inspection-service}), with exchange-service's own bearer token (the
 * platform's {@link ServiceTokenInterceptor} over its {@code ServiceIdentity}), through
 * resilience4j's {@code exchange-photos} bulkhead (bounded concurrent fetches: bounded memory), circuit breaker and
 * retry (application.yml). 404/410 → the photo is missing (the record is held); anything else that fails → a
 * {@link PhotoSourceFault} (the record waits and is tried again).
 */
@Component
class HttpPhotoSource implements PhotoSource {

    static final String RESILIENCE = "exchange-photos";

    private final RestClient http;
    private final PhotoSettings settings;
    private final Supplier<CircuitBreaker> breaker;
    private final Supplier<Retry> retry;
    private final Supplier<Bulkhead> bulkhead;

    HttpPhotoSource(PhotoSettings settings, ServiceTokenInterceptor serviceToken,
                    ObjectProvider<DeferringLoadBalancerInterceptor> loadBalancer,
                    ObjectProvider<CircuitBreakerRegistry> breakers, ObjectProvider<RetryRegistry> retries,
                    ObjectProvider<BulkheadRegistry> bulkheads) {
        this.settings = settings;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout()).version(HttpClient.Version.HTTP_1_1).build());
        requests.setReadTimeout(settings.readTimeout());
        RestClient.Builder builder = RestClient.builder().requestFactory(requests)
                .requestInterceptor(serviceToken);
        loadBalancer.ifAvailable(builder::requestInterceptor);
        this.http = builder.build();
        CircuitBreakerRegistry breakerRegistry = breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults);
        RetryRegistry retryRegistry = retries.getIfAvailable(RetryRegistry::ofDefaults);
        BulkheadRegistry bulkheadRegistry = bulkheads.getIfAvailable(BulkheadRegistry::ofDefaults);
        this.breaker = () -> breakerRegistry.circuitBreaker(RESILIENCE);
        this.retry = () -> retryRegistry.retry(RESILIENCE);
        this.bulkhead = () -> bulkheadRegistry.bulkhead(RESILIENCE);
    }

    @Override
    public FetchedPhoto fetch(PhotoRef ref) {
        String service = ref.origin().service();
        Supplier<FetchedPhoto> call = Bulkhead.decorateSupplier(bulkhead.get(), () -> get(ref));
        call = CircuitBreaker.decorateSupplier(breaker.get(), call);
        call = Retry.decorateSupplier(retry.get(), call);
        try {
            return call.get();
        } catch (ServiceIdentityUnavailableException e) {
            throw new PhotoSourceFault("no service token for " + service + ": " + e.getMessage(), e);
        } catch (CallNotPermittedException e) {
            throw new PhotoSourceFault("photo services failed repeatedly; the circuit " + RESILIENCE + " is open, tried again later", e);
        } catch (BulkheadFullException e) {
            throw new PhotoSourceFault("too many photos being fetched at once; tried again later", e);
        } catch (PhotoServiceFailure e) {
            throw new PhotoSourceFault(e.getMessage(), e);
        }
    }

    private FetchedPhoto get(PhotoRef ref) {
        String service = ref.origin().service();
        String url = switch (ref.origin()) {
            case HAZARD -> settings.hazardServiceUrl() + "/api/v1/hazards/photos/{id}";
            case INSPECTION -> settings.inspectionServiceUrl() + "/api/v1/inspection-photos/{id}";
        };
        long maxFetch = settings.maxFetchSize().toBytes();
        try {
            return http.get().uri(url, ref.id()).accept(MediaType.ALL).exchange((request, response) -> {
                int status = response.getStatusCode().value();
                if (status == 404 || status == 410) {
                    return new FetchedPhoto.Missing(ref, "was not found at " + service + " (" + status + "): deleted there, or "
                            + "never stored; once it is back, ask for a re-send of the record (POST /api/v1/deliveries/"
                            + "{receiverId}/hiddenDanger/{recordId}/resend) — it also goes again when the hazard changes");
                }
                if (status == 401 || status == 403) {
                    throw new PhotoServiceFailure(service + " refused exchange-service's service identity (" + status
                            + "): check its client (DP_IDENTITY_CLIENT_ID) and that role SERVICE may read photos", null);
                }
                if (!response.getStatusCode().is2xxSuccessful()) {
                    throw new PhotoServiceFailure(service + " answered " + status + " for photo " + ref.id(), null);
                }
                long length = response.getHeaders().getContentLength();
                byte[] bytes;
                try (InputStream body = response.getBody()) {
                    bytes = length > maxFetch ? null : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFetch + 1));
                }
                if (bytes == null || bytes.length > maxFetch) {
                    return new FetchedPhoto.Missing(ref, "is larger than exchange-service fetches (dp.exchange.photos."
                            + "max-fetch-size " + maxFetch + " bytes); replace it by a smaller photo at " + service);
                }
                return new FetchedPhoto.Found(ref, bytes);
            });
        } catch (ServiceIdentityUnavailableException | PhotoServiceFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PhotoServiceFailure(service + " cannot be reached for photo " + ref.id() + ": " + e.getMessage(), e);
        }
    }
}
