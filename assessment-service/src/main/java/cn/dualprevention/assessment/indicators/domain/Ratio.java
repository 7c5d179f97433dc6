package cn.dualprevention.assessment.indicators.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate with what it was computed from; {@code rate} (4 decimals, half up) is null when there was nothing to
 * count (denominator 0).
 */
public record Ratio(long numerator, long denominator, Double rate) {

    public Ratio(long numerator, long denominator) {
        this(numerator, denominator, denominator == 0 ? null : round(numerator, denominator, 1));
    }

    /** The rate, or {@code whenEmpty} when there was nothing to count. */
    public double rateOr(double whenEmpty) {
        return rate == null ? whenEmpty : rate;
    }

    static double round(double numerator, double denominator, double factor) {
        return BigDecimal.valueOf(numerator * factor / denominator).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
