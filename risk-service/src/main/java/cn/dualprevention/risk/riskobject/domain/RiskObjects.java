package cn.dualprevention.risk.riskobject.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.util.List;
import java.util.Optional;

/** Where risk analysis objects are kept. */
public interface RiskObjects {

    void add(RiskObject object, List<NewEvent> events);

    void change(RiskObject object, List<NewEvent> events);

    Optional<RiskObject> find(String id);

    List<RiskObject> ofEnterprise(String enterpriseId);
}
