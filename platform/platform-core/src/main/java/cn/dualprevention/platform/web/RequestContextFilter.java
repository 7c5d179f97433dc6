package cn.dualprevention.platform.web;

import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds the request id (to the log MDC and the response) and the caller identity passed on by the
 * gateway. An API request without an identity is refused with 401: there is no anonymous access.
 */
public class RequestContextFilter extends OncePerRequestFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String USER = "X-DP-User";
    public static final String GROUP = "X-DP-Group";
    public static final String ENTERPRISES = "X-DP-Enterprises";
    public static final String ROLES = "X-DP-Roles";

    private final ProblemWriter problems;

    public RequestContextFilter(ProblemWriter problems) {
        this.problems = problems;
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
                Caller caller = callerOf(request);
                if (caller == null) {
                    problems.write(request, response, HttpStatus.UNAUTHORIZED, "about:blank#unauthenticated",
                            "Unauthenticated", "The request carries no caller identity (" + USER + ", " + GROUP + ").");
                    return;
                }
                CallerContext.bind(caller);
            }
            chain.doFilter(request, response);
        } finally {
            CallerContext.clear();
            MDC.remove("requestId");
        }
    }

    private static Caller callerOf(HttpServletRequest request) {
        String user = request.getHeader(USER);
        String group = request.getHeader(GROUP);
        if (user == null || user.isBlank() || group == null || group.isBlank()) {
            return null;
        }
        String enterprises = request.getHeader(ENTERPRISES);
        boolean all = enterprises != null && enterprises.trim().equals("*");
        return new Caller(user.trim(), group.trim(), all ? Set.of() : split(enterprises), all, split(request.getHeader(ROLES)));
    }

    private static Set<String> split(String header) {
        if (header == null || header.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(header.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
