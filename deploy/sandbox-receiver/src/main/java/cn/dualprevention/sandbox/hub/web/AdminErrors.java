package cn.dualprevention.sandbox.hub.web;

import cn.dualprevention.sandbox.hub.domain.InvalidSettingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Bad admin input → 400 {@code application/problem+json} naming the field and the rule. */
@RestControllerAdvice
public class AdminErrors {

    @ExceptionHandler(InvalidSettingException.class)
    public ProblemDetail invalid(InvalidSettingException e) {
        return problem(e.field(), e.rule(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String detail = e.getMostSpecificCause().getMessage();
        return problem("body", "format", "the body is not the expected JSON: "
                + (detail == null ? "" : detail.lines().findFirst().orElse("")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(e.getName(), "format", e.getName() + ": not a valid value: " + e.getValue());
    }

    private static ProblemDetail problem(String field, String rule, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Invalid sandbox setting");
        p.setProperty("field", field);
        p.setProperty("rule", rule);
        return p;
    }
}
