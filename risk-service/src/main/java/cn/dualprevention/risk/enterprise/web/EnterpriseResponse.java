package cn.dualprevention.risk.enterprise.web;

/** An enterprise as the API shows it. */
public record EnterpriseResponse(String id, long version, String groupId, String name, String companyCode, String uscc,
                                 String address, String timeZone) {
}
