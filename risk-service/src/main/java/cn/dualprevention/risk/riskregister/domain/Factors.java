package cn.dualprevention.risk.riskregister.domain;

import cn.dualprevention.platform.errors.InvalidValueException;

import java.math.BigDecimal;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Factor values written in one cell, as in {@code L=3;E=6;C=7}. */
public final class Factors {

    private Factors() {
    }

    public static Map<String, BigDecimal> parse(String cell) {
        Map<String, BigDecimal> factors = new TreeMap<>();
        if (cell == null) {
            return factors;
        }
        for (String part : cell.split("[;；,，]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("[=＝:]");
            try {
                factors.put(kv[0].trim(), new BigDecimal(kv[1].trim()));
            } catch (RuntimeException e) {
                throw new InvalidValueException("factors", "format", "factors are written L=3;E=6;C=7, not '" + cell + "'");
            }
        }
        return factors;
    }

    public static String format(Map<String, BigDecimal> factors) {
        StringJoiner joiner = new StringJoiner(";");
        factors.forEach((k, v) -> joiner.add(k + "=" + v.stripTrailingZeros().toPlainString()));
        return joiner.toString();
    }
}
