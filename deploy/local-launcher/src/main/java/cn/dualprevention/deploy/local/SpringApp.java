package cn.dualprevention.deploy.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One Spring Boot process of the suite, as docs/architecture.md lists them.
 *
 * @param modulePath the Maven module's directory relative to the repository root (its jar is
 *                   {@code <modulePath>/target/<name>-0.1.0-SNAPSHOT.jar})
 */
public record SpringApp(String name, String eurekaApp, String portEnv, int defaultPort, String modulePath) {

    public SpringApp(String name, String eurekaApp, String portEnv, int defaultPort) {
        this(name, eurekaApp, portEnv, defaultPort, name);
    }

    public static final SpringApp REGISTRY = new SpringApp("registry", null, "DP_REGISTRY_PORT", 8761);
    public static final SpringApp GATEWAY = new SpringApp("gateway", "GATEWAY", "DP_GATEWAY_PORT", 8080);

    /** Registry first, then the gateway, then the five services. */
    public static final List<SpringApp> ALL = List.of(
            REGISTRY,
            GATEWAY,
            new SpringApp("risk-service", "RISK-SERVICE", "DP_RISK_PORT", 8081),
            new SpringApp("inspection-service", "INSPECTION-SERVICE", "DP_INSPECTION_PORT", 8082),
            new SpringApp("hazard-service", "HAZARD-SERVICE", "DP_HAZARD_PORT", 8083),
            new SpringApp("assessment-service", "ASSESSMENT-SERVICE", "DP_ASSESSMENT_PORT", 8084),
            new SpringApp("exchange-service", "EXCHANGE-SERVICE", "DP_EXCHANGE_PORT", 8085));

    public static final String VERSION = "0.1.0-SNAPSHOT";

    /** The module directory, relative to the repository root. */
    public String module() {
        return modulePath;
    }

    public Path jar(Path home) {
        return home.resolve(modulePath).resolve("target").resolve(name + "-" + VERSION + ".jar");
    }

    /** Whether the process registers itself in Eureka (every one but the registry). */
    public boolean registers() {
        return eurekaApp != null;
    }

    public static Optional<SpringApp> byName(String name) {
        return ALL.stream().filter(a -> a.name.equals(name)).findFirst();
    }
}
