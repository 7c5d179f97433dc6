package cn.dualprevention.risk.riskobject.application;

import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.CallerContext;
import cn.dualprevention.risk.common.domain.VersionGuard;
import cn.dualprevention.risk.enterprise.application.EnterpriseRegistry;
import cn.dualprevention.risk.enterprise.domain.Enterprise;
import cn.dualprevention.risk.riskobject.domain.RiskObject;
import cn.dualprevention.risk.riskobject.domain.RiskObjectChanged;
import cn.dualprevention.risk.riskobject.domain.RiskObjects;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import cn.dualprevention.risk.riskunit.domain.RiskUnits;
import org.springframework.stereotype.Service;

import java.util.List;

/** 风险分析对象 — the risk analysis objects (major hazard sources and others) of the caller's enterprises. */
@Service
public class RiskObjectRegister {

    private final RiskObjects objects;
    private final RiskUnits units;
    private final EnterpriseRegistry enterprises;

    public RiskObjectRegister(RiskObjects objects, RiskUnits units, EnterpriseRegistry enterprises) {
        this.objects = objects;
        this.units = units;
        this.enterprises = enterprises;
    }

    /** Command: a new risk analysis object. */
    public record CreateRiskObject(String enterpriseId, String hazardCode, String name, boolean majorHazardSource,
                                   Integer majorHazardGrade, String mainResponsiblePersonId,
                                   String technicalResponsiblePersonId, String operationalResponsiblePersonId) {
    }

    /** An object with its level: the highest current level of its units (null while it has none). */
    public record GradedRiskObject(RiskObject object, RiskLevel level) {
    }

    public GradedRiskObject create(CreateRiskObject c) {
        Enterprise enterprise = enterprises.forInput(c.enterpriseId());
        RiskObject object = RiskObject.create(Ids.newId(), enterprise.groupId(), enterprise.id(), enterprise.companyCode(),
                c.hazardCode(), c.name(), c.majorHazardSource(), c.majorHazardGrade(), c.mainResponsiblePersonId(),
                c.technicalResponsiblePersonId(), c.operationalResponsiblePersonId());
        objects.add(object, List.of(event(object, RiskObjectChanged.CREATED)));
        return new GradedRiskObject(object, null);
    }

    /**
     * New details of an object (risk.object.updated.v1 with the whole object). {@code expectedVersion}, when
     * given, must be the stored version.
     */
    public GradedRiskObject update(String id, RiskObject.ObjectDetails details, Long expectedVersion) {
        RiskObject object = live(id);
        VersionGuard.expect("risk object", id, object.version(), expectedVersion);
        RiskObject next = object.update(enterprises.get(object.enterpriseId()).companyCode(), details,
                units.ofRiskObject(id).size());
        objects.change(next, List.of(event(next, RiskObjectChanged.UPDATED)));
        return graded(next);
    }

    /** Soft delete (risk.object.deleted.v1), refused (409 risk-object-has-units) while units belong to it. */
    public void delete(String id, Long expectedVersion) {
        RiskObject object = live(id);
        VersionGuard.expect("risk object", id, object.version(), expectedVersion);
        RiskObject next = object.delete(units.ofRiskObject(id).size());
        objects.change(next, List.of(event(next, RiskObjectChanged.DELETED)));
    }

    public GradedRiskObject get(String id) {
        return graded(live(id));
    }

    private RiskObject live(String id) {
        RiskObject object = objects.find(id).filter(o -> !o.deleted()).orElseThrow(() -> new NotFoundException("risk object", id));
        CallerContext.require().requireAccess(object.groupId(), object.enterpriseId(), "risk object", id);
        return object;
    }

    private static NewEvent event(RiskObject o, String type) {
        return new NewEvent(type, o.groupId(), o.enterpriseId(), o.id(), o.changed());
    }

    public List<GradedRiskObject> ofEnterprise(String enterpriseId) {
        return objects.ofEnterprise(enterprises.get(enterpriseId).id()).stream().map(this::graded).toList();
    }

    private GradedRiskObject graded(RiskObject object) {
        RiskLevel level = null;
        for (RiskUnit unit : units.ofRiskObject(object.id())) {
            level = unit.currentLevel().higherOf(level);
        }
        return new GradedRiskObject(object, level);
    }

}
