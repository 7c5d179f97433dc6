package cn.dualprevention.sandbox;

import cn.dualprevention.sandbox.hub.application.ProfileSpec;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/** {@code sandbox.*} of application.yml / the environment, for the runnable jar. */
@ConfigurationProperties("sandbox")
public record SandboxProperties(Integer maxRecords, Integer maxRejectsKept, Map<String, ProfileSpec> profiles) {

    SandboxSettings toSettings(int port) {
        List<cn.dualprevention.sandbox.hub.domain.ReceiverProfile> list = profiles == null ? List.of()
                : profiles.entrySet().stream().map(e -> e.getValue().toProfile(e.getKey())).toList();
        return new SandboxSettings(list, port,
                maxRecords == null ? SandboxSettings.DEFAULT_MAX_RECORDS : maxRecords,
                maxRejectsKept == null ? SandboxSettings.DEFAULT_MAX_REJECTS_KEPT : maxRejectsKept);
    }
}
