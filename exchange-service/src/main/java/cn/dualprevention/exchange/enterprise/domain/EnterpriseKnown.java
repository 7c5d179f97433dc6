package cn.dualprevention.exchange.enterprise.domain;

/**
 * 企业已知 — the directory has just taken in a registration of this enterprise (its first, or one that may change its
 * company code or unified social credit code). Published after every {@code risk.enterprise.registered.v1} the replica
 * applies, also a repeated one: what listens must be idempotent.
 */
public record EnterpriseKnown(String enterpriseId) {
}
