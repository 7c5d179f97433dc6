package cn.dualprevention.hazard.hazard.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;
import java.util.Map;

/**
 * {@code dp.hazard.major}: the remediation deadline a major hazard found on an inspection record gets until its plan
 * is set — {@code default-deadline} after registration (default P30D), or the enterprise's own period in
 * {@code default-deadline-by-enterprise.<enterpriseId>}.
 */
@ConfigurationProperties("dp.hazard.major")
public record MajorHazardSettings(Period defaultDeadline, Map<String, Period> defaultDeadlineByEnterprise) {

    public MajorHazardSettings {
        defaultDeadline = defaultDeadline == null ? Period.ofDays(30) : defaultDeadline;
        defaultDeadlineByEnterprise = defaultDeadlineByEnterprise == null ? Map.of() : Map.copyOf(defaultDeadlineByEnterprise);
    }

    public Period defaultDeadlineOf(String enterpriseId) {
        return defaultDeadlineByEnterprise.getOrDefault(enterpriseId, defaultDeadline);
    }
}
