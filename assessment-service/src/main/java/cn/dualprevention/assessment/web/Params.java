package cn.dualprevention.assessment.web;

import cn.dualprevention.platform.errors.InvalidValueException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Query parameters read strictly: a wrong value is a 400 naming the parameter and the rule. */
public final class Params {

    private Params() {
    }

    public static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(name, "required", name + " is required");
        }
        return value;
    }

    public static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(required(name, value));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, "iso-date", name + " must be a date like 2024-03-01");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, required(name, value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(name, "one-of", name + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
    }
}
