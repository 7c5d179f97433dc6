package cn.dualprevention.exchange.enterprise.domain;

import java.time.ZoneId;

/** What every regulator record carries of its enterprise: companyCode, unified social credit code, and its clock. */
public record EnterpriseIdentity(String enterpriseId, String companyCode, String uscc, ZoneId timeZone) {
}
