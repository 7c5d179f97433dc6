package cn.dualprevention.hazard.hazard.domain;

import cn.dualprevention.platform.errors.InvalidValueException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A value with a code of the national data-exchange layout ({@code hiddenDanger} in regulator-records.md). */
public interface NationalCode {

    /** A code and its Chinese name. */
    record Label(String code, String chineseName) {
    }

    Label label();

    /** The code as it travels to the regulator, e.g. {@code "1"}. */
    default String code() {
        return label().code();
    }

    /** The Chinese name of the value, as printed in the ledger. */
    default String chineseName() {
        return label().chineseName();
    }

    /** The value of {@code type} with {@code code}, or a 400 naming {@code field} and rule {@code code}. */
    static <E extends Enum<E> & NationalCode> E fromCode(Class<E> type, String field, String code) {
        if (code == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code.trim())) {
                return value;
            }
        }
        throw new InvalidValueException(field, "code", "unknown code " + code + "; one of "
                + Arrays.stream(type.getEnumConstants()).map(NationalCode::code).collect(Collectors.joining(", ")));
    }
}
