package cn.dualprevention.hazard.photo.web;

import cn.dualprevention.hazard.photo.domain.PhotoTooLargeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * 413 problem+json for a photo over the limit, in the platform's shape ({@code errors: [{field, rule, message}]}).
 * An {@link ErrorResponseException}, so the platform's problem advice answers it with this body and status.
 */
class PayloadTooLarge extends ErrorResponseException {

    PayloadTooLarge(PhotoTooLargeException cause) {
        super(HttpStatus.CONTENT_TOO_LARGE, body(cause), cause);
    }

    private static ProblemDetail body(PhotoTooLargeException cause) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "body: " + cause.getMessage());
        problem.setType(URI.create("/problems/too-large"));
        problem.setTitle("Too large");
        problem.setProperty("errors", List.of(Map.of("field", "body", "rule", "max-size", "message", cause.getMessage())));
        return problem;
    }
}
