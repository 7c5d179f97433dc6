package cn.dualprevention.sandbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The runnable sandbox ({@code sandbox-receiver-<version>-exec.jar}): profiles from {@code sandbox.*}
 * (sandbox-receiver.yml / environment), actuator health and Prometheus metrics.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(SandboxProperties.class)
@Import(SandboxCore.class)
public class SandboxApplication {

    public static void main(String[] args) {
        run(args);
    }

    /**
     * Starts the app. Its configuration is {@code sandbox-receiver.yml} (not application.yml: the plain jar is also a
     * test dependency of other modules, whose own application.yml must not be shadowed or read).
     */
    public static ConfigurableApplicationContext run(String... args) {
        SpringApplication app = new SpringApplication(SandboxApplication.class);
        app.setDefaultProperties(java.util.Map.of("spring.config.name", "sandbox-receiver"));
        return app.run(args);
    }

    @Bean
    SandboxSettings sandboxSettings(SandboxProperties properties, @Value("${server.port:8090}") int port) {
        return properties.toSettings(port);
    }
}
