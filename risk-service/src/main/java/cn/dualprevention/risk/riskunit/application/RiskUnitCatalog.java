package cn.dualprevention.risk.riskunit.application;

import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import cn.dualprevention.risk.enterprise.application.EnterpriseRegistry;
import cn.dualprevention.risk.enterprise.domain.Enterprise;
import cn.dualprevention.risk.riskunit.domain.GeoPoint;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import cn.dualprevention.risk.riskunit.domain.RiskUnitCreated;
import cn.dualprevention.risk.riskunit.domain.RiskUnits;
import org.springframework.stereotype.Service;

import java.util.List;

/** 风险分析单元清单 — the risk analysis units of the caller's enterprises. */
@Service
public class RiskUnitCatalog {

    private final RiskUnits units;
    private final EnterpriseRegistry enterprises;

    public RiskUnitCatalog(RiskUnits units, EnterpriseRegistry enterprises) {
        this.units = units;
        this.enterprises = enterprises;
    }

    public RiskUnit create(CreateRiskUnit command) {
        Enterprise enterprise = enterpriseOf(command.enterpriseId());
        GeoPoint location = location(command.longitude(), command.latitude());
        RiskUnit unit = RiskUnit.create(Ids.newId(), enterprise.groupId(), enterprise.id(), enterprise.companyCode(),
                command.hazardCode(), command.name(), command.responsibleDepartment(), command.responsiblePerson(),
                command.riskLevel(), location);
        units.add(unit, List.of(new NewEvent(RiskUnitCreated.TYPE, unit.groupId(), unit.enterpriseId(), unit.id(),
                unit.created())));
        return unit;
    }

    public RiskUnit get(String id) {
        Caller caller = CallerContext.require();
        RiskUnit unit = units.find(id).orElseThrow(() -> new NotFoundException("risk unit", id));
        caller.requireAccess(unit.groupId(), unit.enterpriseId(), "risk unit", id);
        return unit;
    }

    public List<RiskUnit> ofEnterprise(String enterpriseId) {
        return units.ofEnterprise(enterprises.get(enterpriseId).id());
    }

    /** The enterprise, or a 400 naming {@code enterpriseId} when the caller has no such enterprise. */
    private Enterprise enterpriseOf(String enterpriseId) {
        try {
            return enterprises.get(enterpriseId);
        } catch (NotFoundException e) {
            throw new InvalidValueException("enterpriseId", "exists", "no enterprise " + enterpriseId + " in the caller's scope");
        }
    }

    private static GeoPoint location(Double longitude, Double latitude) {
        if (longitude == null && latitude == null) {
            return null;
        }
        if (longitude == null || latitude == null) {
            throw new InvalidValueException(longitude == null ? "longitude" : "latitude", "required",
                    "longitude and latitude go together");
        }
        return new GeoPoint(longitude, latitude);
    }
}
