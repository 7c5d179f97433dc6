package cn.dualprevention.platform.identity;

import cn.dualprevention.platform.tenancy.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The role SERVICE (平台服务): a suite service's own identity reaches only the endpoints naming it, acts across
 * groups there, and the group {@code *} means nothing without it.
 */
class ServiceRoleTest {

    private static final Caller SERVICE = new Caller("dp-exchange-service", "*", Set.of(), true, Set.of("SERVICE"));
    private static final AllowedRoles READERS_AND_SERVICE = allowed(Role.SAFETY_MANAGER, Role.SERVICE);
    private static final AllowedRoles MANAGERS = allowed(Role.SAFETY_MANAGER, Role.GROUP_ADMIN);

    @Test
    void theDefaultPolicyNeverAdmitsAService() {
        for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE")) {
            assertThat(AccessPolicy.permits(SERVICE, null, method)).as(method).isFalse();
            assertThat(AccessPolicy.allowedRoles(null, method)).as(method).doesNotContain(Role.SERVICE);
        }
        assertThat(AccessPolicy.allowedRoles(null, "GET")).hasSize(Role.values().length - 1).contains(Role.REGULATOR_VIEWER);
        assertThat(AccessPolicy.allowedRoles(null, "POST")).hasSize(Role.values().length - 2);
    }

    @Test
    void aServiceReachesOnlyEndpointsNamingIt() {
        assertThat(AccessPolicy.permits(SERVICE, READERS_AND_SERVICE, "GET")).isTrue();
        assertThat(AccessPolicy.permits(SERVICE, MANAGERS, "GET")).isFalse();
        assertThat(AccessPolicy.allowedRoles(READERS_AND_SERVICE, "GET")).containsExactly(Role.SAFETY_MANAGER, Role.SERVICE);
        assertThat(AccessPolicy.refusal(SERVICE, MANAGERS, "GET")).contains("SERVICE");
    }

    @Test
    void anotherRoleInAServiceTokenOpensNothingMore() {
        Caller serviceAndAdmin = new Caller("svc", "*", Set.of(), true, Set.of("SERVICE", "GROUP_ADMIN"));
        assertThat(AccessPolicy.permits(serviceAndAdmin, null, "GET")).isFalse();
        assertThat(AccessPolicy.permits(serviceAndAdmin, MANAGERS, "POST")).isFalse();
        assertThat(AccessPolicy.permits(serviceAndAdmin, READERS_AND_SERVICE, "GET")).isTrue();
    }

    @Test
    void peopleAreUnaffected() {
        Caller manager = new Caller("li.na", "g1", Set.of(), true, Set.of("SAFETY_MANAGER"));
        assertThat(AccessPolicy.permits(manager, null, "POST")).isTrue();
        assertThat(AccessPolicy.permits(manager, READERS_AND_SERVICE, "GET")).isTrue();
        Caller inspector = new Caller("wang.qiang", "g1", Set.of(), true, Set.of("INSPECTOR"));
        assertThat(AccessPolicy.permits(inspector, READERS_AND_SERVICE, "GET")).isFalse();
    }

    @Test
    void aServiceOfEveryGroupMayAccessAnyTenant() {
        assertThat(SERVICE.isSuiteService()).isTrue();
        assertThat(SERVICE.mayAccess("g1", "e1")).isTrue();
        assertThat(SERVICE.mayAccess("g2", null)).isTrue();
    }

    @Test
    void aServiceNeverActsInThePseudoGroupStar() {
        // e.g. "may the caller create in its own group?" — mayAccess(caller.groupId(), enterpriseId) — is no for a service
        assertThat(SERVICE.mayAccess(SERVICE.groupId(), "e1")).isFalse();
        assertThat(SERVICE.mayAccess(null, null)).isFalse();
    }

    @Test
    void theGroupStarWithoutServiceReachesNothing() {
        Caller pretender = new Caller("mallory", "*", Set.of(), true, Set.of("GROUP_ADMIN"));
        assertThat(pretender.isSuiteService()).isFalse();
        assertThat(pretender.mayAccess("g1", "e1")).isFalse();
        assertThat(pretender.mayAccess("*", null)).as("not even objects stored under '*'").isFalse();
    }

    @Test
    void aServiceTokenOfOneGroupStaysInThatGroup() {
        Caller scoped = new Caller("svc", "g1", Set.of(), true, Set.of("SERVICE"));
        assertThat(scoped.isSuiteService()).isFalse();
        assertThat(scoped.mayAccess("g1", "e1")).isTrue();
        assertThat(scoped.mayAccess("g2", "e1")).isFalse();
    }

    @Test
    void theClaimsGiveAServiceEveryGroupAndEnterprise() {
        Caller caller = CallerClaims.callerOf(jwt(Map.of("sub", "dp-exchange-service", "group", "*",
                "roles", List.of("SERVICE"))));
        assertThat(caller.isSuiteService()).isTrue();
        assertThat(caller.allEnterprises()).isTrue();
        assertThat(caller.mayAccess("zhongyuan-energy-group", "410800001")).isTrue();
    }

    @Test
    void theClaimsRefuseTheGroupStarWithoutService() {
        assertThatThrownBy(() -> CallerClaims.callerOf(jwt(Map.of("sub", "mallory", "group", "*",
                "enterprises", List.of("*"), "roles", List.of("GROUP_ADMIN")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'group'").hasMessageContaining("SERVICE");
        assertThatThrownBy(() -> CallerClaims.callerOf(jwt(Map.of("sub", "mallory", "group", "*"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SERVICE");
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256");
        claims.forEach(builder::claim);
        return builder.build();
    }

    private static AllowedRoles allowed(Role... roles) {
        return new AllowedRoles() {
            @Override
            public Role[] value() {
                return roles;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return AllowedRoles.class;
            }
        };
    }
}
