package cn.dualprevention.exchange.enterprise.domain;

import java.util.Optional;

/** The enterprises known from risk-service's events. */
public interface EnterpriseDirectory {

    Optional<EnterpriseIdentity> find(String enterpriseId);

    /** The enterprise with this {@code companyCode} (企业编码), if known. */
    Optional<EnterpriseIdentity> findByCompanyCode(String companyCode);
}
