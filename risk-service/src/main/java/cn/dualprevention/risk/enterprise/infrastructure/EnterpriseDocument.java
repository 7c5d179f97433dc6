package cn.dualprevention.risk.enterprise.infrastructure;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An enterprise as stored in {@code enterprises}. */
@Document("enterprises")
record EnterpriseDocument(@Id String id, long version, @Indexed String groupId, String name,
                          @Indexed(unique = true) String companyCode, @Indexed(unique = true) String uscc,
                          String address, String timeZone) implements AggregateDocument {
}
