package cn.dualprevention.risk.org.infrastructure;

import cn.dualprevention.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** The organisation's documents: {@code org_units}, {@code org_posts}, {@code people}. */
final class OrgDocuments {

    private OrgDocuments() {
    }

    @Document("org_units")
    record OrgUnitDocument(@Id String id, long version, String groupId, @Indexed String enterpriseId, String kind,
                           String parentId, String name, boolean deleted) implements AggregateDocument {
    }

    @Document("org_posts")
    record PostDocument(@Id String id, long version, String groupId, @Indexed String enterpriseId, String departmentId,
                        String name, boolean deleted) implements AggregateDocument {
    }

    @Document("people")
    record PersonDocument(@Id String id, long version, String groupId, @Indexed String enterpriseId, String name,
                          String mobile, String departmentId, List<String> postIds, boolean deleted)
            implements AggregateDocument {
    }
}
