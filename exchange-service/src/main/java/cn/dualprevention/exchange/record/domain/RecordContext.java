package cn.dualprevention.exchange.record.domain;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What a record carries besides its business fields: the enterprise (null while not known yet), the
 * receiver's code preferences, and who created and last changed the business object, and when.
 */
public record RecordContext(String enterpriseId, EnterpriseIdentity enterprise, MappingProfile profile,
                            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, boolean deleted,
                            RecordLookup lookup) {

    public ZoneId zone() {
        return enterprise == null ? ZoneId.of("Asia/Shanghai") : enterprise.timeZone();
    }
}
