package cn.dualprevention.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service built on the chassis, for the chassis' own tests. Like a real service it scans only its
 * own code (here {@code testapp}), never the platform's packages, which arrive by auto-configuration.
 */
@SpringBootApplication(scanBasePackages = "cn.dualprevention.platform.testapp")
public class TestApplication {
}
