package cn.dualprevention.devissuer;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/token} — a signed access token without a login, for curl, the demo loader and the
 * end-to-end tests. Either a demo user ({@code user=wang.fang}) or any identity
 * ({@code sub, group, enterprises, roles, name}; lists comma-separated). The token is exactly what the
 * authorization-code flow would issue: same key, issuer, audience, claims and lifetime.
 *
 * <p>Answers only when {@code dp.dev-issuer.dev-tokens} is on (local mode) and only to callers on this
 * machine (loopback); otherwise 404, as if it did not exist.
 */
@RestController
public class DevTokenController {

    private final DevIssuerProperties properties;
    private final JwtEncoder encoder;

    public DevTokenController(DevIssuerProperties properties, JwtEncoder encoder) {
        this.properties = properties;
        this.encoder = encoder;
    }

    /** The bare token ({@code Accept: text/plain}), for {@code TOKEN=$(curl ...)}. */
    @PostMapping(path = "/dev/token", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Object> rawToken(HttpServletRequest request,
                                    @RequestParam(required = false) String user,
                                    @RequestParam(required = false) String sub,
                                    @RequestParam(required = false) String group,
                                    @RequestParam(required = false) String enterprises,
                                    @RequestParam(required = false) String roles,
                                    @RequestParam(required = false) String name) throws Exception {
        ResponseEntity<Object> answer = token(request, user, sub, group, enterprises, roles, name);
        if (answer.getBody() instanceof Map<?, ?> body && answer.getStatusCode().is2xxSuccessful()) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body.get("access_token"));
        }
        String detail = answer.getBody() instanceof ProblemDetail problem ? problem.getDetail() : "refused";
        return ResponseEntity.status(answer.getStatusCode()).contentType(MediaType.TEXT_PLAIN).body(detail + "\n");
    }

    @PostMapping(path = "/dev/token", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> token(HttpServletRequest request,
                                 @RequestParam(required = false) String user,
                                 @RequestParam(required = false) String sub,
                                 @RequestParam(required = false) String group,
                                 @RequestParam(required = false) String enterprises,
                                 @RequestParam(required = false) String roles,
                                 @RequestParam(required = false) String name) throws Exception {
        if (!properties.devTokens() || !InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            return problem(HttpStatus.NOT_FOUND, "not-found", "No resource at /dev/token");
        }
        String subject;
        DevIssuerProperties.Identity identity;
        if (user != null && !user.isBlank()) {
            identity = properties.identityOf(user).orElse(null);
            if (identity == null) {
                return problem(HttpStatus.BAD_REQUEST, "user", "unknown demo user '" + user + "'; known: "
                        + properties.users().keySet() + " and machine clients " + properties.machines().keySet());
            }
            subject = user;
        } else {
            if (sub == null || sub.isBlank() || group == null || group.isBlank()) {
                return problem(HttpStatus.BAD_REQUEST, sub == null || sub.isBlank() ? "sub" : "group",
                        "give either user=<demo user> or sub=<user id>&group=<group id>[&enterprises=a,b|*][&roles=R1,R2][&name=...]");
            }
            subject = sub.trim();
            identity = new DevIssuerProperties.Identity(name, group.trim(), split(enterprises), split(roles));
        }
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(subject)
                .audience(List.of(properties.audience()))
                .issuedAt(now).notBefore(now).expiresAt(now.plus(properties.tokenLifetime()))
                .id(UUID.randomUUID().toString());
        DpClaims.apply(claims, identity);
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", properties.tokenLifetime().toSeconds());
        return ResponseEntity.ok(body);
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        if (status == HttpStatus.BAD_REQUEST) {
            problem.setProperty("errors", List.of(Map.of("field", field, "rule", "required", "message", detail)));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
