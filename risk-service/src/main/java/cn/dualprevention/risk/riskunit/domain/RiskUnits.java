package cn.dualprevention.risk.riskunit.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.util.List;
import java.util.Optional;

/** Where risk units are kept. */
public interface RiskUnits {

    /** Stores a new unit together with the events announcing it (one write). */
    void add(RiskUnit unit, List<NewEvent> events);

    Optional<RiskUnit> find(String id);

    List<RiskUnit> ofEnterprise(String enterpriseId);
}
