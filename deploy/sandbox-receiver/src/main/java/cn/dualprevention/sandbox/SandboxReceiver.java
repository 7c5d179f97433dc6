package cn.dualprevention.sandbox;

import cn.dualprevention.sandbox.hub.application.RecordInspection;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * A sandbox regulator hub running in this JVM (for other modules' tests): a Spring context with embedded Tomcat on
 * {@link SandboxSettings#port()} (0 = a free port).
 *
 * <pre>{@code
 * try (SandboxReceiver sandbox = SandboxReceiver.start(SandboxSettings.of(profile))) {
 *     String receiverBaseUrl = sandbox.profileUrl(profile.name());
 *     ...
 * }
 * }</pre>
 */
public final class SandboxReceiver implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;

    private SandboxReceiver(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    public static SandboxReceiver start(SandboxSettings settings) {
        SpringApplication app = new SpringApplication(EmbeddedSandbox.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setBannerMode(Banner.Mode.OFF);
        app.setRegisterShutdownHook(false);
        app.setLogStartupInfo(false);
        // Never the host's application.yml.
        app.setDefaultProperties(Map.of("spring.config.name", "sandbox-receiver-embedded"));
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("sandboxSettings", settings);
            ctx.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sandbox-embedded", Map.of(
                    "server.port", settings.port(),
                    "server.shutdown", "immediate",
                    "spring.main.allow-bean-definition-overriding", false)));
        });
        ConfigurableApplicationContext context = app.run();
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        return new SandboxReceiver(context, port);
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The base URL of one profile, as a sender configures it: {@code http://localhost:<port>/<profile>}. */
    public String profileUrl(String profile) {
        return baseUrl() + "/" + profile;
    }

    public int port() {
        return port;
    }

    /** Faults and profiles. */
    public SandboxAdmin admin() {
        return context.getBean(SandboxAdmin.class);
    }

    /** What was received. */
    public RecordInspection records() {
        return context.getBean(RecordInspection.class);
    }

    /** The sandbox's own Spring context (tests of this module). */
    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
