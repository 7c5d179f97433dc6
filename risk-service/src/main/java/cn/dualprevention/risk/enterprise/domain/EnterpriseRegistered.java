package cn.dualprevention.risk.enterprise.domain;

/** Event {@code risk.enterprise.registered.v1}: a new enterprise of a group. */
public record EnterpriseRegistered(String enterpriseId, String groupId, String name, String companyCode, String uscc,
                                   String address, String timeZone) {

    public static final String TYPE = "risk.enterprise.registered.v1";
}
