package cn.dualprevention.platform.test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test of one service on a real Kafka broker (spring-kafka-test's embedded KRaft
 * broker) and mongo-java-server, with the service's full Spring context on a random port. Test
 * classes that use it unchanged share one context (and one broker). The business clock is a
 * {@link TestClock} that tests may pin. Callers authenticate with access tokens signed by the test key
 * ({@link TestTokens}), which {@link ApiClient} mints.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "eureka.client.enabled=false",
        "spring.cloud.discovery.enabled=false",
        "dp.outbox.sweep-interval=2s",
        "management.tracing.sampling.probability=0"})
@EmbeddedKafka(partitions = 3)
@ContextConfiguration(initializers = MongoJavaServerInitializer.class)
@Import({TestClock.Registration.class, TestTokens.Registration.class})
public @interface ServiceTest {
}
