package cn.dualprevention.platform.web;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Names the field and the rule behind a request body Jackson could not read. */
final class JsonProblems {

    private JsonProblems() {
    }

    static FieldViolation describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException invalid && !invalid.violations().isEmpty()) {
                FieldViolation v = invalid.violations().get(0);
                return v;
            }
        }
        if (cause instanceof UnrecognizedPropertyException e) {
            return new FieldViolation(path(e), "unknown-field",
                    "unknown field '" + e.getPropertyName() + "'; known fields: " + e.getKnownPropertyIds());
        }
        if (cause instanceof InvalidFormatException e && e.getTargetType() != null && e.getTargetType().isEnum()) {
            return new FieldViolation(path(e), "enum",
                    "'" + e.getValue() + "' is not an allowed code; allowed: " + enumValues(e.getTargetType()));
        }
        if (cause instanceof InvalidNullException e) {
            return new FieldViolation(path(e), "not-null", "must not be null");
        }
        if (cause instanceof InvalidFormatException e) {
            return new FieldViolation(path(e), "format", "'" + e.getValue() + "' is not a valid "
                    + (e.getTargetType() == null ? "value" : e.getTargetType().getSimpleName()));
        }
        if (cause instanceof MismatchedInputException e && !(e.getPath().isEmpty())) {
            return new FieldViolation(path(e), "type", "wrong type of value: " + firstLine(e.getOriginalMessage()));
        }
        if (cause instanceof DatabindException e && !e.getPath().isEmpty()) {
            return new FieldViolation(path(e), "invalid", firstLine(e.getOriginalMessage()));
        }
        if (cause instanceof StreamReadException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            return new FieldViolation("body", "malformed-json", "the body is not valid JSON" + where);
        }
        if (cause == null || cause instanceof JacksonException) {
            return new FieldViolation("body", cause == null ? "required" : "malformed-json",
                    cause == null ? "a JSON request body is required" : firstLine(cause.getMessage()));
        }
        return new FieldViolation("body", "unreadable", firstLine(cause.getMessage()));
    }

    static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String path(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
