package cn.dualprevention.platform.web;

import cn.dualprevention.platform.audit.AuditTrail;
import cn.dualprevention.platform.identity.AccessPolicy;
import cn.dualprevention.platform.identity.CallerClaims;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Binds the request id (to the log MDC and the response) and the caller. The caller comes only from
 * the request's own bearer token, verified here again (defence in depth: the gateway checked it too):
 * signature, expiry, issuer and audience, then {@link CallerClaims} for user, group, enterprises and
 * roles. An API request without a valid token is refused with 401; there is no anonymous access and
 * no header a client could set to claim an identity. A regulator viewer's write is refused with 403.
 * A state-changing request that ends refused (4xx/5xx) without changing anything is audited with its outcome.
 */
public class RequestContextFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestContextFilter.class);

    public static final String REQUEST_ID = "X-Request-Id";
    private static final String BEARER = "Bearer ";

    private final ProblemWriter problems;
    private final JwtDecoder tokens;
    private final AuditTrail audit;

    public RequestContextFilter(ProblemWriter problems, JwtDecoder tokens, AuditTrail audit) {
        this.problems = problems;
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = request.getHeader(REQUEST_ID);
        if (requestId == null || requestId.isBlank() || requestId.length() > 100) {
            requestId = Ids.newId();
        }
        MDC.put("requestId", requestId);
        response.setHeader(REQUEST_ID, requestId);
        try {
            if (request.getRequestURI().startsWith("/api/")) {
                Caller caller = authenticate(request, response);
                if (caller == null) {
                    return;
                }
                CallerContext.bind(caller);
                MDC.put("user", caller.userId());
                if (!AccessPolicy.isRead(request.getMethod()) && AccessPolicy.isReadOnly(caller)) {
                    problems.write(request, response, HttpStatus.FORBIDDEN, ProblemAdvice.TYPE_BASE + "forbidden",
                            "Forbidden", "A regulator viewer may only read.");
                    audit.recordUnchanged(request, HttpStatus.FORBIDDEN.value(), "forbidden");
                    return;
                }
                chain.doFilter(request, response);
                if (!AccessPolicy.isRead(request.getMethod()) && response.getStatus() >= 400) {
                    audit.recordUnchanged(request, response.getStatus(), null);
                }
                return;
            }
            chain.doFilter(request, response);
        } finally {
            CallerContext.clear();
            MDC.remove("requestId");
            MDC.remove("user");
        }
    }

    /** The caller of a valid token, or null after answering 401 (or 503 when the issuer cannot be reached). */
    private Caller authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthenticated(request, response, null, "The request carries no bearer token (Authorization: Bearer ...).");
            return null;
        }
        try {
            Jwt jwt = tokens.decode(authorization.substring(BEARER.length()).trim());
            return CallerClaims.callerOf(jwt);
        } catch (BadJwtException | IllegalArgumentException e) {
            log.info("token refused: {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            unauthenticated(request, response, "invalid_token", "The bearer token is not valid: " + e.getMessage());
            return null;
        } catch (JwtException | JwtDecoderInitializationException e) {
            log.warn("token could not be verified: {}", e.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, ProblemAdvice.TYPE_BASE + "identity-unavailable",
                    "Identity provider unavailable", "The token could not be verified now; try again shortly.");
            return null;
        }
    }

    private void unauthenticated(HttpServletRequest request, HttpServletResponse response, String error, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, error == null ? "Bearer" : "Bearer error=\"" + error + "\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemAdvice.TYPE_BASE + "unauthenticated",
                "Unauthenticated", detail);
    }
}
