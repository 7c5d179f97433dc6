package cn.dualprevention.risk.enterprise.application;

/** Command: register an enterprise in the caller's group. */
public record RegisterEnterprise(String name, String companyCode, String uscc, String address, String timeZone) {
}
