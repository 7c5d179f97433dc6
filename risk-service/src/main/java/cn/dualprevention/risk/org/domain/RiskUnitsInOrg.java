package cn.dualprevention.risk.org.domain;

/** How many live risk analysis units are placed in an org unit (plant / area) or run by it (department). */
public interface RiskUnitsInOrg {

    int liveReferring(String orgUnitId);
}
