package cn.dualprevention.hazard.riskmodel.domain;

import java.util.Optional;

/** The risk units known to this service (the replica of risk-service's units). */
public interface RiskUnitDirectory {

    Optional<RiskUnitFacts> find(String unitId);
}
