package cn.dualprevention.exchange.record.domain;

import java.math.BigDecimal;

/**
 * 排查周期 — a task's cycle as the specification writes it: {@code checkCycle} (> 0) and {@code checkCycleUnit}
 * in Chinese ({@code 小时 / 天 / 月 / 年}). A receiver without {@code 周 / 季度} gets a week as 7 天 and a
 * quarter as 3 月.
 */
public record CheckCycle(BigDecimal cycle, String unit) {

    /** The cycle of {@code cycle} × {@code sourceUnit} (HOUR, DAY, WEEK, MONTH, QUARTER, YEAR); null unit when unknown. */
    public static CheckCycle of(BigDecimal cycle, String sourceUnit, boolean acceptsWeekAndQuarter) {
        if (sourceUnit == null) {
            return new CheckCycle(cycle, null);
        }
        return switch (sourceUnit) {
            case "HOUR" -> new CheckCycle(cycle, "小时");
            case "DAY" -> new CheckCycle(cycle, "天");
            case "WEEK" -> acceptsWeekAndQuarter ? new CheckCycle(cycle, "周") : new CheckCycle(times(cycle, 7), "天");
            case "MONTH" -> new CheckCycle(cycle, "月");
            case "QUARTER" -> acceptsWeekAndQuarter ? new CheckCycle(cycle, "季度") : new CheckCycle(times(cycle, 3), "月");
            case "YEAR" -> new CheckCycle(cycle, "年");
            default -> new CheckCycle(cycle, null);
        };
    }

    /** The cycle as written on the wire, e.g. {@code 7} or {@code 0.5}; null when absent. */
    public String cycleText() {
        return cycle == null ? null : cycle.stripTrailingZeros().toPlainString();
    }

    public boolean hourly() {
        return "小时".equals(unit);
    }

    private static BigDecimal times(BigDecimal cycle, int factor) {
        return cycle == null ? null : cycle.multiply(BigDecimal.valueOf(factor));
    }
}
