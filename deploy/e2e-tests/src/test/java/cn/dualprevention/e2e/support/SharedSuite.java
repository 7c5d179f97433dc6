package cn.dualprevention.e2e.support;

import cn.dualprevention.deploy.local.AotCache;
import cn.dualprevention.deploy.local.LocalSuite;
import cn.dualprevention.deploy.local.Ports;
import cn.dualprevention.deploy.local.RunningSuite;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The one suite the end-to-end test classes share: started the way {@code deploy/local/run} starts it (real Kafka
 * broker process, mongo-java-server on an H2 file, registry, gateway, five services from their jars), on free
 * ports, the first time a test class asks for it, and stopped when the whole test run ends. Each start costs one
 * to two minutes on a small machine, so no test class starts its own (except {@code LocalModeRestartIT}, whose
 * subject is starting and stopping).
 *
 * <p>Test classes use {@code @ExtendWith(SharedSuite.class)} and take a {@link RunningSuite} parameter in their
 * {@code @BeforeAll}. The data directory stays under {@code target/} with the logs of every process.
 *
 * <p>Only the cycle generation is quickened (every 5 s instead of 10 min), so that a task scheduled by a test has
 * its cycles within seconds; everything else runs with the settings local mode uses.
 */
public final class SharedSuite implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSuite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return suite(context);
    }

    /**
     * The shared suite, started on first use; stopped when the root context closes (end of the run). A suite that
     * failed to start is not tried again by every class: they all fail at once with the first cause.
     */
    public static RunningSuite suite(ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE).computeIfAbsent("suite", key -> Started.attempt(),
                Started.class);
        if (started.failure() != null) {
            throw new IllegalStateException("the shared suite did not start: " + started.failure().getMessage(),
                    started.failure());
        }
        return started.suite();
    }

    private static RunningSuite start() {
        Path home = Path.of(System.getProperty("dp.home", "../..")).toAbsolutePath().normalize();
        Path data = Path.of("target", "e2e-suite-" + System.currentTimeMillis()).toAbsolutePath();
        RunningSuite suite = LocalSuite.builder()
                .home(home)
                .dataDir(data)
                .ports(Ports.allFree())
                .aot(AotCache.Mode.OFF)
                .startupTimeout(Duration.ofSeconds(300))
                .env("DP_INSPECTION_GENERATION_INTERVAL", "PT5S")
                .env("DP_INSPECTION_GENERATION_INITIAL_DELAY", "PT5S")
                .start();
        E2eIdentity.configureFor(suite);
        return suite;
    }

    /** The suite or why it did not start; closes the suite with the store. */
    private record Started(RunningSuite suite, RuntimeException failure) implements AutoCloseable {

        static Started attempt() {
            try {
                return new Started(start(), null);
            } catch (RuntimeException e) {
                return new Started(null, e);
            }
        }

        @Override
        public void close() {
            if (suite != null) {
                suite.close();
            }
        }
    }
}
