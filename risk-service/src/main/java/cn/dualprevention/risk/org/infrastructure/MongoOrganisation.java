package cn.dualprevention.risk.org.infrastructure;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.outbox.AggregateStore;
import cn.dualprevention.risk.org.domain.OrgUnit;
import cn.dualprevention.risk.org.domain.OrgUnitKind;
import cn.dualprevention.risk.org.domain.Organisation;
import cn.dualprevention.risk.org.domain.Person;
import cn.dualprevention.risk.org.domain.Post;
import cn.dualprevention.risk.org.infrastructure.OrgDocuments.OrgUnitDocument;
import cn.dualprevention.risk.org.infrastructure.OrgDocuments.PersonDocument;
import cn.dualprevention.risk.org.infrastructure.OrgDocuments.PostDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoOrganisation implements Organisation {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    MongoOrganisation(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void add(OrgUnit u, List<NewEvent> events) {
        store.insert(toDocument(u), events);
    }

    @Override
    public void change(OrgUnit u, List<NewEvent> events) {
        store.update(toDocument(u), events);
    }

    @Override
    public void add(Post p, List<NewEvent> events) {
        store.insert(toDocument(p), events);
    }

    @Override
    public void change(Post p, List<NewEvent> events) {
        store.update(toDocument(p), events);
    }

    @Override
    public void add(Person p, List<NewEvent> events) {
        store.insert(toDocument(p), events);
    }

    @Override
    public void change(Person p, List<NewEvent> events) {
        store.update(toDocument(p), events);
    }

    @Override
    public Optional<OrgUnit> unit(String id) {
        return Optional.ofNullable(mongo.findById(id, OrgUnitDocument.class)).map(MongoOrganisation::toDomain);
    }

    @Override
    public Optional<Post> post(String id) {
        return Optional.ofNullable(mongo.findById(id, PostDocument.class)).map(MongoOrganisation::toDomain);
    }

    @Override
    public Optional<Person> person(String id) {
        return Optional.ofNullable(mongo.findById(id, PersonDocument.class)).map(MongoOrganisation::toDomain);
    }

    @Override
    public List<OrgUnit> unitsOf(String enterpriseId) {
        return mongo.find(live(enterpriseId), OrgUnitDocument.class).stream().map(MongoOrganisation::toDomain).toList();
    }

    @Override
    public List<Post> postsOf(String enterpriseId) {
        return mongo.find(live(enterpriseId), PostDocument.class).stream().map(MongoOrganisation::toDomain).toList();
    }

    @Override
    public List<Person> peopleOf(String enterpriseId) {
        return mongo.find(live(enterpriseId), PersonDocument.class).stream().map(MongoOrganisation::toDomain).toList();
    }

    private static Query live(String enterpriseId) {
        return Query.query(Criteria.where("enterpriseId").is(enterpriseId).and("deleted").ne(true));
    }

    private static OrgUnitDocument toDocument(OrgUnit u) {
        return new OrgUnitDocument(u.id(), u.version(), u.groupId(), u.enterpriseId(), u.kind().name(), u.parentId(),
                u.name(), u.deleted());
    }

    private static PostDocument toDocument(Post p) {
        return new PostDocument(p.id(), p.version(), p.groupId(), p.enterpriseId(), p.departmentId(), p.name(), p.deleted());
    }

    private static PersonDocument toDocument(Person p) {
        return new PersonDocument(p.id(), p.version(), p.groupId(), p.enterpriseId(), p.name(), p.mobile(), p.departmentId(),
                p.postIds(), p.deleted());
    }

    private static OrgUnit toDomain(OrgUnitDocument d) {
        return new OrgUnit(d.id(), d.version(), d.groupId(), d.enterpriseId(), OrgUnitKind.valueOf(d.kind()), d.parentId(),
                d.name(), d.deleted());
    }

    private static Post toDomain(PostDocument d) {
        return new Post(d.id(), d.version(), d.groupId(), d.enterpriseId(), d.departmentId(), d.name(), d.deleted());
    }

    private static Person toDomain(PersonDocument d) {
        return new Person(d.id(), d.version(), d.groupId(), d.enterpriseId(), d.name(), d.mobile(), d.departmentId(),
                d.postIds(), d.deleted());
    }
}
