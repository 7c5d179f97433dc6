package cn.dualprevention.deploy.demo;

import cn.dualprevention.deploy.demo.RiskGrade.Level;

import java.util.List;

/** The register templates: unit → events → measures, as a safety engineer writes them for one kind of plant. */
public final class Templates {

    private Templates() {
    }

    /** 控制方式 of risk-service: automated monitoring (no inspection task) or hidden-hazard inspection. */
    public static final String INSPECTION = "INSPECTION";
    public static final String MONITORING = "AUTOMATED_MONITORING";

    /**
     * A control measure: mode, classify1 / classify2 (national table) / classify3 (free), description, inspection
     * content and — for inspection — who checks and how often (cycle + unit HOUR / DAY / WEEK / MONTH / QUARTER).
     */
    public record Measure(String mode, String classify1, String classify2, String classify3, String description,
                          String content, Role role, int cycle, String cycleUnit) {

        public boolean inspected() {
            return INSPECTION.equals(mode);
        }
    }

    /** A risk event with its residual level (the factors follow from it and the enterprise's method). */
    public record Event(String name, String consequence, Level residual, List<Measure> measures) {
    }

    /** A risk analysis unit; {@code majorHazard}: it belongs to the plant's major hazard source. */
    public record Unit(String name, boolean majorHazard, List<Event> events) {
    }

    static Measure inspect(String c2, String c3, String description, String content, Role role, int cycle, String unit) {
        return new Measure(INSPECTION, c2.substring(0, 1), c2, c3, description, content, role, cycle, unit);
    }

    static Measure monitor(String c2, String c3, String description, String content) {
        return new Measure(MONITORING, c2.substring(0, 1), c2, c3, description, content, null, 0, null);
    }
}
