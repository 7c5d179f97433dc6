package cn.dualprevention.devissuer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The development token issuer of local mode (Spring Authorization Server): demo users for every role,
 * a client-credentials client for machine consumers, and a dev-only token endpoint for curl and the
 * end-to-end tests. Never for production: there, any OIDC provider (Keycloak, see deploy/README.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DevIssuerApplication {

    public static void main(String[] args) {
        SpringApplication.run(DevIssuerApplication.class, args);
    }
}
