package cn.dualprevention.risk.enterprise.infrastructure;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.risk.enterprise.domain.Enterprise;
import cn.dualprevention.risk.enterprise.domain.Enterprises;
import cn.dualprevention.risk.enterprise.domain.UnifiedSocialCreditCode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

@Repository
class MongoEnterprises implements Enterprises {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoEnterprises(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void add(Enterprise enterprise, List<NewEvent> events) {
        store.insert(toDocument(enterprise), events);
    }

    @Override
    public void change(Enterprise enterprise, List<NewEvent> events) {
        store.update(toDocument(enterprise), events);
    }

    @Override
    public Optional<Enterprise> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EnterpriseDocument.class)).map(MongoEnterprises::toDomain);
    }

    @Override
    public List<Enterprise> ofGroup(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId)), EnterpriseDocument.class).stream()
                .map(MongoEnterprises::toDomain).toList();
    }

    private static EnterpriseDocument toDocument(Enterprise e) {
        return new EnterpriseDocument(e.id(), e.version(), e.groupId(), e.name(), e.companyCode(), e.uscc().value(),
                e.address(), e.timeZone().getId());
    }

    private static Enterprise toDomain(EnterpriseDocument d) {
        return new Enterprise(d.id(), d.version(), d.groupId(), d.name(), d.companyCode(),
                new UnifiedSocialCreditCode(d.uscc()), d.address(), ZoneId.of(d.timeZone()));
    }
}
