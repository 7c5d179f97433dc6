package cn.dualprevention.platform.matrix;

import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.test.AuthorizationMatrix;
import cn.dualprevention.platform.test.ServiceTest;
import cn.dualprevention.platform.testapp.DefectDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Proves the matrix catches a cross-tenant read: this test's context alone has a controller that returns a
 * defect by id without {@code requireAccess}, and the matrix must report exactly those cells — every role of
 * a foreign group and of a sibling enterprise reading the own tenant's defect — and nothing else (a suite
 * service's SERVICE token gets 403 there: the leaky endpoint does not name SERVICE).
 *
 * <p>Its own context starts its own embedded broker, which repoints the JVM-wide system property
 * {@value #BROKERS}; the property is put back afterwards so that the tests sharing the chassis' usual context keep
 * talking to their broker.
 */
@ServiceTest
class PlantedLeakTest {

    private static final String BROKERS = "spring.embedded.kafka.brokers";
    private static String sharedBrokers;

    @BeforeAll
    static void rememberTheSharedBroker() {
        sharedBrokers = System.getProperty(BROKERS);
    }

    @AfterAll
    static void restoreTheSharedBroker() {
        if (sharedBrokers == null) {
            System.clearProperty(BROKERS);
        } else {
            System.setProperty(BROKERS, sharedBrokers);
        }
    }

    @LocalServerPort
    int port;

    @Test
    void theMatrixReportsExactlyThePlantedCrossTenantRead() {
        AuthorizationMatrixTest.MatrixFixture fixture = AuthorizationMatrixTest.MatrixFixture.create("http://localhost:" + port);
        AuthorizationMatrix.Report report = fixture.matrix().run();

        List<AuthorizationMatrix.Result> failures = report.failures();
        assertThat(failures).as(AuthorizationMatrix.Report.table(failures))
                .extracting(AuthorizationMatrix.Result::operation, AuthorizationMatrix.Result::tenant)
                .containsOnly(tuple("GET /api/v1/leaky-defects/{id}", AuthorizationMatrix.Tenant.FOREIGN_GROUP),
                        tuple("GET /api/v1/leaky-defects/{id}", AuthorizationMatrix.Tenant.FOREIGN_ENTERPRISE));
        assertThat(failures).extracting(AuthorizationMatrix.Result::role).containsExactlyInAnyOrderElementsOf(
                AuthorizationMatrix.TENANT_ROLES.stream().flatMap(r -> java.util.stream.Stream.of(r, r)).toList());
        assertThat(failures).allSatisfy(f -> {
            assertThat(f.expected()).isEqualTo("404 problem+json, not the object");
            assertThat(f.got()).startsWith("200 ").contains(fixture.defectId());
        });
        assertThat(report.results()).filteredOn(r -> r.operation().equals("GET /api/v1/leaky-defects/{id}")
                        && r.tenant() == AuthorizationMatrix.Tenant.OWN)
                .hasSize(AuthorizationMatrix.TENANT_ROLES.size()).allSatisfy(r -> assertThat(r.passed()).isTrue());
        assertThat(report.dynamicTests().filter(t -> t.getDisplayName().equals("GET /api/v1/leaky-defects/{id}"))).hasSize(1);
    }

    /** The planted leak: reads a defect by id, forgetting {@code caller.requireAccess(...)}. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Leak {

        @Bean
        LeakyDefectController leakyDefectController(MongoTemplate mongo) {
            return new LeakyDefectController(mongo);
        }
    }

    @RestController
    static class LeakyDefectController {

        private final MongoTemplate mongo;

        LeakyDefectController(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @GetMapping("/api/v1/leaky-defects/{id}")
        DefectDocument get(@PathVariable String id) {
            DefectDocument defect = mongo.findById(id, DefectDocument.class);
            if (defect == null) {
                throw new NotFoundException("defect", id);
            }
            return defect;
        }
    }
}
