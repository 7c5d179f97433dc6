package cn.dualprevention.platform.matrix;

import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.AuthorizationMatrix;
import cn.dualprevention.platform.test.ServiceTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The authorization matrix over the chassis' own test application, which keeps its tenants apart. */
@ServiceTest
class AuthorizationMatrixTest {

    @LocalServerPort
    int port;

    @Test
    void theMatrixKnowsEveryRoleOfThePlatform() {
        assertThat(AuthorizationMatrix.ROLES).containsExactlyElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationTimesEveryRoleAndTenant() {
        MatrixFixture fixture = MatrixFixture.create(base());
        AuthorizationMatrix.Report report = fixture.matrix().run();
        assertThat(report.operations()).extracting(AuthorizationMatrix.Operation::name)
                .contains("PUT /api/v1/defects/{id}", "POST /api/v1/defects/{id}/accept", "POST /api/v1/calibrations");
        // the suite service's rows: admitted (and reaching the own tenant's defect) only where SERVICE is named
        assertThat(report.results()).filteredOn(r -> r.role().equals("SERVICE"))
                .hasSize(report.operations().size())
                .allSatisfy(r -> assertThat(r.tenant()).isEqualTo(AuthorizationMatrix.Tenant.SUITE))
                .filteredOn(r -> !r.operation().equals("GET /api/v1/defects/{id}"))
                .allSatisfy(r -> assertThat(r.expected()).isEqualTo("403 problem+json"));
        assertThat(report.results()).filteredOn(r -> r.role().equals("SERVICE") && r.operation().equals("GET /api/v1/defects/{id}"))
                .singleElement().satisfies(r -> {
                    assertThat(r.expected()).isEqualTo("allowed: 2xx");
                    assertThat(r.got()).startsWith("200 ").contains(fixture.defectId());
                });
        assertThat(report.results()).filteredOn(r -> r.tenant() == AuthorizationMatrix.Tenant.EVERY_GROUP_WITHOUT_SERVICE)
                .hasSize(report.operations().size())
                .allSatisfy(r -> assertThat(r.got()).startsWith("401 problem"));
        return report.dynamicTests();
    }

    @Test
    void exemptionsAndKnownFailuresNeedAReason() {
        AuthorizationMatrix matrix = AuthorizationMatrix.of(base(), "g", "e");
        assertThatThrownBy(() -> matrix.exempt("GET", "/api/v1/whoami", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matrix.knownFailure("GET", "/api/v1/whoami", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKnownFailureThatNoLongerFailsIsAFailure() {
        MatrixFixture fixture = MatrixFixture.create(base());
        AuthorizationMatrix.Report report = fixture.matrix()
                .knownFailure("PUT", "/api/v1/defects/{id}", null, AuthorizationMatrix.Tenant.FOREIGN_GROUP, "was leaking once")
                .run();
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.operation()).isEqualTo("PUT /api/v1/defects/{id}");
            assertThat(f.got()).contains("no longer fails");
        });
    }

    @Test
    void anEndpointWithoutFixtureIsStillCheckedFor401And403() {
        // no id for the defects: every caller passing the role check must get 404, the rest 401/403
        AuthorizationMatrix.Report report = AuthorizationMatrix.of(base(), "g-" + UUID.randomUUID(), "e1").run();
        report.assertNoFailures();
        assertThat(report.results()).filteredOn(r -> r.operation().equals("POST /api/v1/calibrations"))
                .extracting(AuthorizationMatrix.Result::expected)
                .contains("401 problem+json", "403 problem+json");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** What the own tenant owns: one defect of its enterprise, reported through the API. */
    record MatrixFixture(String base, String group, String enterprise, String defectId) {

        static MatrixFixture create(String base) {
            String group = "matrix-g-" + UUID.randomUUID();
            String enterprise = "matrix-e-" + UUID.randomUUID();
            ApiClient.Response created = ApiClient.as(base, "li.na", group, enterprise).withRoles("SAFETY_MANAGER")
                    .post("/api/v1/defects", "{\"enterpriseId\":\"" + enterprise + "\",\"title\":\"罐区围堰破损\",\"level\":\"GENERAL\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            return new MatrixFixture(base, group, enterprise, created.json().get("id").asString());
        }

        AuthorizationMatrix matrix() {
            return AuthorizationMatrix.of(base, group, enterprise)
                    .id("/api/v1/defects/{id}", "id", defectId)
                    .id("/api/v1/defects/{id}/accept", "id", defectId)
                    .id("/api/v1/leaky-defects/{id}", "id", defectId)
                    .query("aggregateId", defectId);
        }
    }
}
