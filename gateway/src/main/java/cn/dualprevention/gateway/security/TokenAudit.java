package cn.dualprevention.gateway.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import cn.dualprevention.gateway.web.RequestIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The gateway's security audit: every refused token and the first use of every accepted token (a login)
 * is one structured line on the logger {@code cn.dualprevention.gateway.audit} ({@code event=... key=value}
 * pairs, also attached as SLF4J key-values for JSON log encoders), and counted in
 * {@code dp_gateway_auth_failures_total{reason}} and {@code dp_gateway_auth_logins_total}.
 */
@Component
public class TokenAudit {

    private static final Logger AUDIT = LoggerFactory.getLogger("cn.dualprevention.gateway.audit");
    private static final int REMEMBERED_TOKENS = 10_000;

    private final MeterRegistry meters;
    private final Counter logins;
    /** Tokens already seen (by id), so a login is reported once per token, not once per request. */
    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_TOKENS;
        }
    };

    public TokenAudit(MeterRegistry meters) {
        this.meters = meters;
        this.logins = Counter.builder("dp.gateway.auth.logins")
                .description("Access tokens used for the first time (logins)").register(meters);
    }

    /** Why a request was refused with 401: a short, stable reason for the counter tag and the audit line. */
    public static String reasonOf(AuthenticationException error) {
        if (!(error instanceof OAuth2AuthenticationException oauth)) {
            return "missing-token";
        }
        StringBuilder description = new StringBuilder(Objects.toString(oauth.getError().getDescription(), ""));
        for (Throwable t = error; t != null; t = t.getCause()) {
            description.append(' ').append(t.getMessage());
        }
        String text = description.toString().toLowerCase();
        if (text.contains("expired")) {
            return "expired";
        }
        if (text.contains("iss claim")) {
            return "wrong-issuer";
        }
        if (text.contains("aud claim")) {
            return "wrong-audience";
        }
        if (text.contains("signature") || text.contains("no matching key") || text.contains("signed jwt rejected")) {
            return "bad-signature";
        }
        if (text.contains("malformed") || text.contains("serialization") || text.contains("payload")) {
            return "malformed";
        }
        return "invalid-token";
    }

    public void refused(ServerWebExchange exchange, AuthenticationException error) {
        String reason = reasonOf(error);
        meters.counter("dp.gateway.auth.failures", "reason", reason).increment();
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getURI().getRawPath();
        String client = clientAddress(exchange);
        String detail = error.getMessage() == null ? "" : error.getMessage().replace('"', '\'');
        RequestIds.withMdc(exchange, () -> AUDIT.atWarn()
                .addKeyValue("event", "token-refused").addKeyValue("reason", reason).addKeyValue("method", method)
                .addKeyValue("path", path).addKeyValue("client", client).addKeyValue("requestId", RequestIds.of(exchange))
                .log("event=token-refused reason={} method={} path={} client={} requestId={} detail=\"{}\"",
                        reason, method, path, client, RequestIds.of(exchange), detail));
    }

    /** Reports a login the first time a token is used. */
    public void accepted(Jwt jwt) {
        String id = jwt.getId() != null ? jwt.getId() : jwt.getSubject() + "@" + jwt.getIssuedAt();
        synchronized (seen) {
            if (seen.put(id, Boolean.TRUE) != null) {
                return;
            }
        }
        logins.increment();
        Object group = jwt.getClaims().get("group");
        Object roles = jwt.getClaims().get("roles");
        AUDIT.atInfo().addKeyValue("event", "login").addKeyValue("user", jwt.getSubject()).addKeyValue("group", group)
                .addKeyValue("roles", roles).addKeyValue("tokenId", id).addKeyValue("expiresAt", jwt.getExpiresAt())
                .log("event=login user={} group={} roles={} tokenId={} expiresAt={}",
                        jwt.getSubject(), group, roles, id, jwt.getExpiresAt());
    }

    private static String clientAddress(ServerWebExchange exchange) {
        var address = exchange.getRequest().getRemoteAddress();
        return address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress();
    }
}
