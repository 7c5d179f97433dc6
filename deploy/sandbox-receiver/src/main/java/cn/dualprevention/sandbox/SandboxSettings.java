package cn.dualprevention.sandbox;

import cn.dualprevention.sandbox.hub.domain.InvalidSettingException;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;

import java.util.List;

/**
 * What a sandbox starts with.
 *
 * @param profiles       the receiver profiles, one per path prefix
 * @param port           the HTTP port; 0 picks a free one
 * @param maxRecords     held records over all profiles; beyond, uploads answer 507
 * @param maxRejectsKept rejections kept for inspection (counters keep counting)
 */
public record SandboxSettings(List<ReceiverProfile> profiles, int port, int maxRecords, int maxRejectsKept) {

    public static final int DEFAULT_MAX_RECORDS = 200_000;
    public static final int DEFAULT_MAX_REJECTS_KEPT = 10_000;

    public SandboxSettings {
        profiles = List.copyOf(profiles);
        if (profiles.stream().map(ReceiverProfile::name).distinct().count() != profiles.size()) {
            throw new InvalidSettingException("profiles", "unique", "two profiles with the same name");
        }
        if (port < 0 || port > 65535) {
            throw new InvalidSettingException("port", "range", "0–65535");
        }
    }

    /** These profiles on a random free port, default bounds. */
    public static SandboxSettings of(ReceiverProfile... profiles) {
        return new SandboxSettings(List.of(profiles), 0, DEFAULT_MAX_RECORDS, DEFAULT_MAX_REJECTS_KEPT);
    }

    public SandboxSettings port(int port) {
        return new SandboxSettings(profiles, port, maxRecords, maxRejectsKept);
    }

    public SandboxSettings maxRecords(int max) {
        return new SandboxSettings(profiles, port, max, maxRejectsKept);
    }

    public SandboxSettings maxRejectsKept(int max) {
        return new SandboxSettings(profiles, port, maxRecords, max);
    }
}
