package cn.dualprevention.devissuer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The development issuer's settings ({@code dp.dev-issuer.*}).
 *
 * @param issuer        the {@code iss} of every token, and the base of discovery ({@code DP_OIDC_ISSUER_URI})
 * @param audience      added to every access token's {@code aud} ({@code DP_OIDC_AUDIENCE}), as the services expect
 * @param tokenLifetime how long an access token lives
 * @param keyFile       where the signing key is kept across restarts (JWK JSON); blank: a new key per start
 * @param devTokens     whether {@code POST /dev/token} mints tokens without a login ({@code DP_DEV_TOKENS});
 *                      local mode turns it on, and it only ever answers callers on this machine
 * @param password      the password of every demo user ({@code DP_DEMO_PASSWORD})
 * @param consoleRedirectUris where the console client ({@code dp-console}, authorization code + PKCE) may return to
 * @param users         demo users by login name
 * @param machines      machine clients (client credentials) by client id
 */
@ConfigurationProperties("dp.dev-issuer")
public record DevIssuerProperties(String issuer, String audience, Duration tokenLifetime, String keyFile,
                                  boolean devTokens, String password, List<String> consoleRedirectUris,
                                  Map<String, Identity> users, Map<String, Machine> machines) {

    public DevIssuerProperties {
        audience = audience == null || audience.isBlank() ? "dp-api" : audience;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(1) : tokenLifetime;
        password = password == null || password.isBlank() ? "demo" : password;
        consoleRedirectUris = consoleRedirectUris == null ? List.of() : List.copyOf(consoleRedirectUris);
        users = users == null ? Map.of() : Map.copyOf(users);
        machines = machines == null ? Map.of() : Map.copyOf(machines);
    }

    /**
     * What a token says about its holder (the claims the platform reads: group, enterprises, roles, name).
     *
     * @param enterprises enterprise ids, or {@code ["*"]} for every enterprise of the group
     */
    public record Identity(String name, String group, List<String> enterprises, List<String> roles) {
        public Identity {
            enterprises = enterprises == null ? List.of() : List.copyOf(enterprises);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** A machine client: its secret and the identity its tokens carry. */
    public record Machine(String secret, Identity identity) {
    }

    /** The identity of a demo user or machine client, by login name or client id. */
    public Optional<Identity> identityOf(String principal) {
        if (users.containsKey(principal)) {
            return Optional.of(users.get(principal));
        }
        return Optional.ofNullable(machines.get(principal)).map(Machine::identity);
    }
}
