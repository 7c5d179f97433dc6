package cn.dualprevention.platform.identity;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

import java.io.IOException;

/**
 * Sends this service's own access token ({@link ServiceIdentity}) as {@code Authorization: Bearer ...} with every
 * request of a {@code RestClient} (or {@code RestTemplate}) it is added to — only for calls to other services of the
 * suite, never to third parties. When no token can be obtained the request is not sent:
 * {@link ServiceIdentityUnavailableException} propagates to the caller.
 *
 * <pre>{@code
 * RestClient hazards = RestClient.builder().baseUrl("http://hazard-service").requestInterceptor(serviceTokens).build();
 * }</pre>
 */
public class ServiceTokenInterceptor implements ClientHttpRequestInterceptor {

    private final ServiceIdentity identity;

    public ServiceTokenInterceptor(ServiceIdentity identity) {
        this.identity = identity;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        request.getHeaders().setBearerAuth(identity.accessToken());
        return execution.execute(request, body);
    }
}
