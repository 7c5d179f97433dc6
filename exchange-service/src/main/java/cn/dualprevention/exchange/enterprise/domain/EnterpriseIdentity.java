package cn.dualprevention.exchange.enterprise.domain;

import java.time.ZoneId;

/**
 * What every regulator record carries of its enterprise: companyCode, unified social credit code, and its clock;
 * and the group (集团) it belongs to.
 */
public record EnterpriseIdentity(String enterpriseId, String groupId, String companyCode, String uscc, ZoneId timeZone) {
}
