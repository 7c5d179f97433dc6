package cn.dualprevention.risk.assessment.domain;

import cn.dualprevention.platform.errors.InvalidValueException;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lower edge of a level's band, written as a safety engineer writes it: {@code >320} or {@code >=20}. */
public record ScoreBound(BigDecimal value, boolean inclusive) {

    private static final Pattern FORMAT = Pattern.compile("\\s*(>=|≥|>)\\s*(\\d+(?:\\.\\d+)?)\\s*");

    public static ScoreBound parse(String field, String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new InvalidValueException(field, "format",
                    "a lower bound is written '>320' (above) or '>=20' (from), not '" + text + "'");
        }
        return new ScoreBound(new BigDecimal(m.group(2)).stripTrailingZeros(), !">".equals(m.group(1)));
    }

    public boolean admits(BigDecimal score) {
        int c = score.compareTo(value);
        return inclusive ? c >= 0 : c > 0;
    }

    /** True when this bound admits a strict subset of what {@code lower} admits (it is higher). */
    public boolean isAbove(ScoreBound lower) {
        int c = value.compareTo(lower.value);
        return c > 0 || (c == 0 && !inclusive && lower.inclusive);
    }

    @Override
    public String toString() {
        return (inclusive ? ">=" : ">") + value.toPlainString();
    }
}
