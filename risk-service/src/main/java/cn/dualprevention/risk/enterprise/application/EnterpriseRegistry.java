package cn.dualprevention.risk.enterprise.application;

import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import cn.dualprevention.risk.common.domain.VersionGuard;
import cn.dualprevention.risk.enterprise.domain.Enterprise;
import cn.dualprevention.risk.enterprise.domain.EnterpriseRegistered;
import cn.dualprevention.risk.enterprise.domain.Enterprises;
import org.springframework.stereotype.Service;

import java.util.List;

/** 企业登记 — registers the enterprises of a group and answers who they are. */
@Service
public class EnterpriseRegistry {

    private final Enterprises enterprises;

    public EnterpriseRegistry(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    public Enterprise register(RegisterEnterprise command) {
        Caller caller = CallerContext.require();
        Enterprise enterprise = Enterprise.register(Ids.newId(), caller.groupId(), command.name(), command.companyCode(),
                command.uscc(), command.address(), command.timeZone());
        enterprises.add(enterprise, List.of(new NewEvent(EnterpriseRegistered.TYPE, enterprise.groupId(), enterprise.id(),
                enterprise.id(), enterprise.registered())));
        return enterprise;
    }

    /** New registration data (risk.enterprise.updated.v1 with the whole enterprise); the companyCode is fixed. */
    public Enterprise update(String id, RegisterEnterprise command, Long expectedVersion) {
        Enterprise enterprise = get(id);
        VersionGuard.expect("enterprise", id, enterprise.version(), expectedVersion);
        Enterprise next = enterprise.update(command.name(), command.companyCode(), command.uscc(), command.address(),
                command.timeZone());
        enterprises.change(next, List.of(new NewEvent(EnterpriseRegistered.UPDATED, next.groupId(), next.id(), next.id(),
                next.registered())));
        return next;
    }

    /** The enterprise, if the caller may see it; otherwise not found (ids of other tenants are not revealed). */
    public Enterprise get(String id) {
        Caller caller = CallerContext.require();
        Enterprise enterprise = enterprises.find(id).orElseThrow(() -> new NotFoundException("enterprise", id));
        caller.requireAccess(enterprise.groupId(), enterprise.id(), "enterprise", id);
        return enterprise;
    }

    /**
     * The enterprise a new object is created in: like {@link #get}, but an unknown id is bad input (400 naming
     * {@code enterpriseId}) rather than a missing resource.
     */
    public Enterprise forInput(String enterpriseId) {
        try {
            return get(enterpriseId);
        } catch (NotFoundException e) {
            throw new InvalidValueException("enterpriseId", "exists", "no enterprise " + enterpriseId + " in the caller's scope");
        }
    }

    public List<Enterprise> list() {
        Caller caller = CallerContext.require();
        return enterprises.ofGroup(caller.groupId()).stream()
                .filter(e -> caller.mayAccess(e.groupId(), e.id()))
                .toList();
    }
}
