package cn.dualprevention.assessment.indicators.application;

import cn.dualprevention.assessment.facts.domain.Enterprise;
import cn.dualprevention.assessment.facts.domain.FactQuery;
import cn.dualprevention.assessment.facts.domain.Facts;
import cn.dualprevention.assessment.facts.infrastructure.FactStore;
import cn.dualprevention.assessment.indicators.domain.Scope;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Finds the tenant and time zone of a scope and checks that the caller may see it (another tenant's: 404). */
@Component
public class ScopeResolver {

    private final FactStore facts;

    ScopeResolver(FactStore facts) {
        this.facts = facts;
    }

    /** A scope placed in its tenant: which facts to load and the zone its days and weeks are cut in. */
    public record Placed(Scope scope, String groupId, String enterpriseId, ZoneId zone) {

        public FactQuery query(Instant from, Instant to) {
            return enterpriseId == null ? new FactQuery(groupId, null, from, to)
                    : new FactQuery(groupId, List.of(enterpriseId), from, to);
        }
    }

    public Placed place(Scope scope) {
        Caller caller = CallerContext.require();
        String kind = scope.kind().name().toLowerCase();
        Placed placed = switch (scope.kind()) {
            case GROUP -> new Placed(scope, scope.id(), null, facts.defaultZone());
            case PLANT -> facts.orgUnit(scope.id()).map(o -> o.enterpriseId()).flatMap(facts::enterprise)
                    .or(() -> facts.enterprise(scope.id()))
                    .map(e -> new Placed(scope, e.groupId(), e.enterpriseId(), e.timeZone()))
                    .orElseThrow(() -> new NotFoundException(kind, scope.id()));
            case ENTERPRISE -> facts.enterprise(scope.id())
                    .map(e -> new Placed(scope, e.groupId(), e.enterpriseId(), e.timeZone()))
                    .orElseThrow(() -> new NotFoundException(kind, scope.id()));
            case UNIT -> facts.unit(scope.id()).map(u -> inEnterprise(scope, u.groupId(), u.enterpriseId()))
                    .orElseThrow(() -> new NotFoundException(kind, scope.id()));
            case DEPARTMENT -> facts.enterpriseOfDepartment(scope.id()).flatMap(facts::enterprise)
                    .map(e -> new Placed(scope, e.groupId(), e.enterpriseId(), e.timeZone()))
                    .orElseThrow(() -> new NotFoundException(kind, scope.id()));
            case PERSON -> facts.person(scope.id()).map(Facts.Person::enterpriseId).flatMap(facts::enterprise)
                    .map(e -> new Placed(scope, e.groupId(), e.enterpriseId(), e.timeZone()))
                    .orElseThrow(() -> new NotFoundException(kind, scope.id()));
        };
        caller.requireAccess(placed.groupId(), placed.enterpriseId(), kind, scope.id());
        return placed;
    }

    private Placed inEnterprise(Scope scope, String groupId, String enterpriseId) {
        ZoneId zone = facts.enterprise(enterpriseId).map(Enterprise::timeZone).orElse(facts.defaultZone());
        return new Placed(scope, groupId, enterpriseId, zone);
    }
}
