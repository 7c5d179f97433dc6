package cn.dualprevention.inspection.riskmodel.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** This service's view of risk-service's data: units, people and enterprises' time zones (replicas). */
public interface RiskModel {

    ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    Optional<UnitSite> unit(String unitId);

    Optional<Person> person(String personId);

    /** Who holds which post in an enterprise: post id → person ids (people marked deleted are left out). */
    Map<String, List<String>> postHolders(String enterpriseId);

    /** The enterprise's time zone; Asia/Shanghai when the enterprise did not name one. */
    ZoneId timeZone(String enterpriseId);
}
