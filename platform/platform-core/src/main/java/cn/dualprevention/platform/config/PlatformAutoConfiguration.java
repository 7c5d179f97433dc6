package cn.dualprevention.platform.config;

import cn.dualprevention.platform.audit.AuditController;
import cn.dualprevention.platform.audit.AuditTrail;
import cn.dualprevention.platform.events.EventJson;
import cn.dualprevention.platform.inbox.EventDispatcher;
import cn.dualprevention.platform.inbox.EventHandler;
import cn.dualprevention.platform.inbox.Inbox;
import cn.dualprevention.platform.identity.ClientCredentialsServiceIdentity;
import cn.dualprevention.platform.identity.IdentityProperties;
import cn.dualprevention.platform.identity.ServiceClientProperties;
import cn.dualprevention.platform.identity.ServiceIdentity;
import cn.dualprevention.platform.identity.ServiceTokenInterceptor;
import cn.dualprevention.platform.identity.TokenVerifier;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.platform.outbox.OutboxMessages;
import cn.dualprevention.platform.outbox.OutboxRelay;
import cn.dualprevention.platform.outbox.OutboxSweeper;
import cn.dualprevention.platform.readmodel.ReadModelWriter;
import cn.dualprevention.platform.scheduling.ClusterLock;
import cn.dualprevention.platform.web.AllowedRolesInterceptor;
import cn.dualprevention.platform.web.AllowedRolesOpenApi;
import cn.dualprevention.platform.web.ProblemAdvice;
import cn.dualprevention.platform.web.ProblemWriter;
import cn.dualprevention.platform.web.RequestContextFilter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.core.env.Environment;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.EnumFeature;

import java.time.Clock;
import cn.dualprevention.platform.clock.SimulationClock;
import org.springframework.beans.factory.annotation.Value;
import java.util.List;

/** The service chassis: outbox, inbox, read models, cluster lock, errors, request context. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@EnableConfigurationProperties({PlatformProperties.class, IdentityProperties.class, ServiceClientProperties.class})
public class PlatformAutoConfiguration {

    /**
     * The wall clock; in local mode's simulated week ({@code dp.clock.file}, env {@code DP_CLOCK_FILE}) a
     * {@link SimulationClock} instead. Token expiry, Kafka timestamps and cluster locks never use this bean.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${dp.clock.file:}") String simulationFile) {
        if (simulationFile == null || simulationFile.isBlank()) {
            return Clock.systemUTC();
        }
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SimulationClock.class);
        SimulationClock clock = SimulationClock.following(java.nio.file.Path.of(simulationFile), Clock.systemUTC(), log::warn);
        log.warn("SIMULATED TIME: this service's clock follows {} (now {}); never configure dp.clock.file in production",
                simulationFile, clock.instant());
        return clock;
    }

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    LockProvider dpLockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getDb());
    }

    @Bean
    ClusterLock clusterLock(LockProvider dpLockProvider) {
        return new ClusterLock(dpLockProvider);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, MeterRegistry meters,
                            PlatformProperties properties) {
        return new OutboxRelay(mongo, kafka, meters, properties.outbox().queueCapacity(), properties.outbox().sendTimeout());
    }

    @Bean
    OutboxSweeper outboxSweeper(MongoTemplate mongo, OutboxRelay relay, AuditTrail auditTrail, ClusterLock lock,
                                PlatformProperties properties) {
        return new OutboxSweeper(mongo, relay, auditTrail, lock, properties.outbox().sweepInterval());
    }

    @Bean
    OutboxMessages outboxMessages(EventJson json, Clock clock, PlatformProperties properties) {
        return new OutboxMessages(json.mapper(), clock, properties.serviceName(), properties.events().topic());
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, OutboxMessages messages, OutboxRelay relay, AuditTrail auditTrail,
                                  Environment environment) {
        // dp.store.exact-match-indexes: local mode's stand-in database (mongo-java-server) needs them; see AggregateStore
        return new AggregateStore(mongo, messages, relay, auditTrail,
                environment.getProperty("dp.store.exact-match-indexes", Boolean.class, false));
    }

    /** Every change's audit entry, kept in this service's {@code audit} collection. */
    @Bean
    AuditTrail auditTrail(MongoTemplate mongo, Clock clock, PlatformProperties properties) {
        return new AuditTrail(mongo, clock, properties.serviceName());
    }

    /** {@code GET /api/v1/audit} in every service. */
    @Bean
    AuditController dpAuditController(AuditTrail auditTrail) {
        return new AuditController(auditTrail);
    }

    @Bean
    Inbox inbox(MongoTemplate mongo, Clock clock) {
        return new Inbox(mongo, clock);
    }

    @Bean
    ReadModelWriter readModelWriter(MongoTemplate mongo, Environment environment) {
        // dp.store.exact-match-indexes: see ReadModelWriter (local mode's stand-in database)
        return new ReadModelWriter(mongo, environment.getProperty("dp.store.exact-match-indexes", Boolean.class, false));
    }

    @Bean
    EventDispatcher eventDispatcher(ObjectProvider<EventHandler> handlers, Inbox inbox, EventJson json,
                                    PlatformProperties properties, MeterRegistry meters) {
        return new EventDispatcher(handlers.orderedStream().toList(), inbox, json.mapper(), properties.serviceName(), meters);
    }

    /** The service's one consumer of the topics it listens to (none: no container). */
    @Bean
    EventListenerContainer eventListenerContainer(ConcurrentKafkaListenerContainerFactory<String, String> factory,
                                                  EventDispatcher dispatcher, KafkaTemplate<String, String> kafka,
                                                  PlatformProperties properties) {
        List<String> topics = properties.events().consume();
        if (topics.isEmpty()) {
            return new EventListenerContainer(null);
        }
        ConcurrentMessageListenerContainer<String, String> container = factory.createContainer(topics.toArray(String[]::new));
        container.getContainerProperties().setGroupId(properties.serviceName());
        container.setupMessageListener((BatchMessageListener<String, String>) dispatcher::onBatch);
        container.setCommonErrorHandler(EventErrorHandling.errorHandler(kafka, properties.events().handlerRetries()));
        container.setBeanName("dp-events");
        return new EventListenerContainer(container);
    }

    @Bean
    NewTopic dpOwnEventTopic(PlatformProperties properties) {
        String topic = properties.events().topic() == null ? "dp.unused.events" : properties.events().topic();
        return TopicBuilder.name(topic).partitions(3).build();
    }

    /** The HTTP API is strict: an unknown field, a number for an enum code or a fraction for an integer is a 400. */
    @Bean
    JsonMapperBuilderCustomizer dpStrictRequestJson() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }

    @Bean
    ProblemAdvice problemAdvice() {
        return new ProblemAdvice();
    }

    @Bean
    ProblemWriter problemWriter(ObjectMapper mapper) {
        return new ProblemWriter(mapper);
    }

    /** Verifies the callers' access tokens (a test context supplies its own, trusting its test key). */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder dpJwtDecoder(IdentityProperties identity) {
        return TokenVerifier.decoder(identity);
    }

    /**
     * This service's own identity for calls to other services ({@code dp.identity.client.*}): always present; without
     * a configured client every use throws {@link cn.dualprevention.platform.identity.ServiceIdentityUnavailableException}
     * naming the missing settings. Nothing is fetched at startup.
     */
    @Bean
    @ConditionalOnMissingBean
    ServiceIdentity dpServiceIdentity(ServiceClientProperties client, IdentityProperties identity) {
        return new ClientCredentialsServiceIdentity(client, identity.issuerUri());
    }

    /** Adds the service's own bearer token to a {@code RestClient}'s requests to other services of the suite. */
    @Bean
    @ConditionalOnMissingBean
    ServiceTokenInterceptor dpServiceTokenInterceptor(ServiceIdentity serviceIdentity) {
        return new ServiceTokenInterceptor(serviceIdentity);
    }

    @Bean
    FilterRegistrationBean<RequestContextFilter> dpRequestContextFilter(ProblemWriter problems, JwtDecoder tokens,
                                                                        AuditTrail auditTrail) {
        FilterRegistrationBean<RequestContextFilter> registration =
                new FilterRegistrationBean<>(new RequestContextFilter(problems, tokens, auditTrail));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    WebMvcConfigurer dpAllowedRoles() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AllowedRolesInterceptor()).addPathPatterns("/api/**");
            }
        };
    }

    /** {@code x-dp-roles} on every operation of the OpenAPI document. */
    @Bean
    AllowedRolesOpenApi dpAllowedRolesOpenApi() {
        return new AllowedRolesOpenApi();
    }
}
