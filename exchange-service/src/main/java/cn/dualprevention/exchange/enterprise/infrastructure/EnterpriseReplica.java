package cn.dualprevention.exchange.enterprise.infrastructure;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseKnown;
import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.inbox.EventHandler;
import cn.dualprevention.platform.readmodel.Projection;
import cn.dualprevention.platform.readmodel.ReadModelWriter;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
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

    /**
     * Keeps the replica and then tells the service that the enterprise is known ({@link EnterpriseKnown}, synchronously:
     * the records held for it are released within the handling of the event, and a failure retries the event).
     */
    @Bean
    EventHandler enterpriseRegistrations(ReadModelWriter writer, ApplicationEventPublisher events) {
        Projection replica = enterpriseProjection(writer);
        return new EventHandler() {
            @Override
            public Set<String> eventTypes() {
                return replica.eventTypes();
            }

            @Override
            public void handle(EventEnvelope event) {
                replica.handle(event);
                events.publishEvent(new EnterpriseKnown(event.aggregateId()));
            }
        };
    }

    private static Projection enterpriseProjection(ReadModelWriter writer) {
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
