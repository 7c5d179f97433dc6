package cn.dualprevention.platform.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Adds the platform's default settings ({@code dp-platform-defaults.yml}: Kafka, MongoDB, Eureka,
 * actuator, logging) with the lowest precedence, so that every service shares them and any service,
 * profile or environment variable can still override each one.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    private static final String FILE = "dp-platform-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("dp-platform-defaults",
                    new ClassPathResource(FILE));
            sources.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
