package cn.dualprevention.risk.riskunit.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.util.List;
import java.util.Optional;

/** Where risk units are kept. */
public interface RiskUnits {

    /** Stores a new unit together with the events announcing it (one write). */
    void add(RiskUnit unit, List<NewEvent> events);

    /** Stores the next version of a unit with the events of the change (optimistic lock on the version). */
    void change(RiskUnit unit, List<NewEvent> events);

    Optional<RiskUnit> find(String id);

    /** The units of an enterprise that are not deleted. */
    List<RiskUnit> ofEnterprise(String enterpriseId);

    /**
     * Stores a new unit unless one with its id exists already (an import being completed); false when it existed.
     */
    boolean addIfAbsent(RiskUnit unit, List<NewEvent> events);

    /** The live units placed in any of these plants or areas. */
    List<RiskUnit> atPlaces(java.util.Collection<String> plantOrAreaIds);

    /** The units of a risk analysis object that are not deleted. */
    List<RiskUnit> ofRiskObject(String riskObjectId);
}
