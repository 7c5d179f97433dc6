package cn.dualprevention.risk.enterprise.domain;

/** Event data of {@code risk.enterprise.registered.v1} and {@code risk.enterprise.updated.v1}: the whole enterprise. */
public record EnterpriseRegistered(String enterpriseId, String groupId, String name, String companyCode, String uscc,
                                   String address, String timeZone) {

    public static final String TYPE = "risk.enterprise.registered.v1";
    public static final String UPDATED = "risk.enterprise.updated.v1";
}
