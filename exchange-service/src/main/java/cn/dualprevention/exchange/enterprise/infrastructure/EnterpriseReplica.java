package cn.dualprevention.exchange.enterprise.infrastructure;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.platform.readmodel.Projection;
import cn.dualprevention.platform.readmodel.ReadModelWriter;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The enterprise directory, kept from {@code risk.enterprise.registered.v1} in collection {@code enterprises}. */
@Configuration
class EnterpriseReplica {

    static final String COLLECTION = "enterprises";

    @Bean
    Projection enterpriseProjection(ReadModelWriter writer) {
        return new Projection(Set.of("risk.enterprise.registered.v1"), COLLECTION, event -> {
            Map<String, Object> fields = new HashMap<>();
            fields.put("groupId", event.groupId());
            fields.put("companyCode", event.data().path("companyCode").asString());
            fields.put("uscc", event.data().path("uscc").asString());
            fields.put("timeZone", event.data().path("timeZone").asString("Asia/Shanghai"));
            return fields;
        }, writer);
    }

    @Bean
    EnterpriseDirectory enterpriseDirectory(MongoTemplate mongo) {
        return new EnterpriseDirectory() {
            @Override
            public Optional<EnterpriseIdentity> find(String enterpriseId) {
                return Optional.ofNullable(mongo.findById(enterpriseId, Document.class, COLLECTION)).map(EnterpriseReplica::identity);
            }

            @Override
            public Optional<EnterpriseIdentity> findByCompanyCode(String companyCode) {
                return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("companyCode").is(companyCode)), Document.class,
                        COLLECTION)).map(EnterpriseReplica::identity);
            }
        };
    }

    private static EnterpriseIdentity identity(Document doc) {
        return new EnterpriseIdentity(doc.getString("_id"), doc.getString("groupId"), doc.getString("companyCode"),
                doc.getString("uscc"), ZoneId.of(doc.getString("timeZone")));
    }
}
