package cn.dualprevention.deploy.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One Spring Boot process of the suite, as docs/architecture.md lists them.
 *
 * @param modulePath    the Maven module's directory relative to the repository root (its jar is
 *                      {@code <modulePath>/target/<name>-0.1.0-SNAPSHOT.jar})
 * @param jarClassifier the classifier of the runnable jar when it is not the module's main artifact
 *                      ({@code <name>-0.1.0-SNAPSHOT-<classifier>.jar}), or null
 */
public record SpringApp(String name, String eurekaApp, String portEnv, int defaultPort, String modulePath,
                        String jarClassifier) {

    public SpringApp(String name, String eurekaApp, String portEnv, int defaultPort, String modulePath) {
        this(name, eurekaApp, portEnv, defaultPort, modulePath, null);
    }

    public SpringApp(String name, String eurekaApp, String portEnv, int defaultPort) {
        this(name, eurekaApp, portEnv, defaultPort, name);
    }

    public static final SpringApp REGISTRY = new SpringApp("registry", null, "DP_REGISTRY_PORT", 8761);
    public static final SpringApp GATEWAY = new SpringApp("gateway", "GATEWAY", "DP_GATEWAY_PORT", 8080);
    /** The development token issuer (OIDC), started before the gateway: local mode only, never production. */
    public static final SpringApp DEV_ISSUER = new SpringApp("dev-issuer", null, "DP_ISSUER_PORT", 9000, "deploy/dev-issuer");

    /** Registry first, then the token issuer, the gateway, then the five services, then the regulator hub sandbox. */
    public static final List<SpringApp> ALL = List.of(
            REGISTRY,
            DEV_ISSUER,
            GATEWAY,
            new SpringApp("risk-service", "RISK-SERVICE", "DP_RISK_PORT", 8081),
            new SpringApp("inspection-service", "INSPECTION-SERVICE", "DP_INSPECTION_PORT", 8082),
            new SpringApp("hazard-service", "HAZARD-SERVICE", "DP_HAZARD_PORT", 8083),
            new SpringApp("assessment-service", "ASSESSMENT-SERVICE", "DP_ASSESSMENT_PORT", 8084),
            new SpringApp("exchange-service", "EXCHANGE-SERVICE", "DP_EXCHANGE_PORT", 8085),
            // The regulator hub sandbox (not in Eureka, not behind the gateway); its runnable jar is the -exec one.
            new SpringApp("sandbox-receiver", null, "DP_SANDBOX_PORT", 8090, "deploy/sandbox-receiver", "exec"));

    public static final String VERSION = "0.1.0-SNAPSHOT";

    /** The module directory, relative to the repository root. */
    public String module() {
        return modulePath;
    }

    public Path jar(Path home) {
        return home.resolve(modulePath).resolve("target")
                .resolve(name + "-" + VERSION + (jarClassifier == null ? "" : "-" + jarClassifier) + ".jar");
    }

    /** Whether the process registers itself in Eureka (every one but the registry and the issuer). */
    public boolean registers() {
        return eurekaApp != null;
    }

    public static Optional<SpringApp> byName(String name) {
        return ALL.stream().filter(a -> a.name.equals(name)).findFirst();
    }
}
