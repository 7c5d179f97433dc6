package cn.dualprevention.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.InetSocketAddress;

/**
 * Points a test context at an in-JVM MongoDB (mongo-java-server, memory backend), started once per
 * JVM on a free port. Each context gets its own database, so cached contexts do not see each other's data.
 */
public class MongoJavaServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static MongoServer server;
    private static String uri;

    public static synchronized String uri() {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            uri = "mongodb://127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return uri;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "test-" + Integer.toHexString(System.identityHashCode(context));
        TestPropertyValues.of("spring.mongodb.uri=" + uri(), "spring.mongodb.database=" + database).applyTo(context);
    }
}
