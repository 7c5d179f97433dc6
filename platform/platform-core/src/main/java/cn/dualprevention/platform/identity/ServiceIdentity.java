package cn.dualprevention.platform.identity;

/**
 * 服务身份 — this service's own identity for the few synchronous calls it makes to other services of the
 * suite (e.g. exchange-service fetching a hazard's photos for the regulator). It is an OAuth2 client of the
 * identity provider (client credentials grant, {@code dp.identity.client.*}); the token it obtains carries the
 * role {@link Role#SERVICE}, which reaches only endpoints that name that role.
 */
public interface ServiceIdentity {

    /**
     * A bearer token value for calls to other services: cached, renewed before it expires.
     *
     * @throws ServiceIdentityUnavailableException when no client is configured, or the issuer cannot be reached
     *                                             or refuses the client — a failure, never an empty token
     */
    String accessToken();
}
