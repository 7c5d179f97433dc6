package cn.dualprevention.risk.org.application;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.CallerContext;
import cn.dualprevention.risk.enterprise.application.EnterpriseRegistry;
import cn.dualprevention.risk.enterprise.domain.Enterprise;
import cn.dualprevention.risk.org.domain.OrgUnit;
import cn.dualprevention.risk.org.domain.OrgUnitKind;
import cn.dualprevention.risk.org.domain.Organisation;
import cn.dualprevention.risk.org.domain.Person;
import cn.dualprevention.risk.org.domain.PersonChanged;
import cn.dualprevention.risk.org.domain.Post;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/** 组织机构 — plants, areas, departments, posts and people of the caller's enterprises. */
@Service
public class OrgDirectory {

    private final Organisation organisation;
    private final EnterpriseRegistry enterprises;

    public OrgDirectory(Organisation organisation, EnterpriseRegistry enterprises) {
        this.organisation = organisation;
        this.enterprises = enterprises;
    }

    /** Command: a person and the posts they hold. */
    public record PersonCommand(String enterpriseId, String name, String mobile, String departmentId, List<String> postIds) {
    }

    public OrgUnit createUnit(String enterpriseId, OrgUnitKind kind, String parentId, String name) {
        Enterprise enterprise = enterprises.forInput(enterpriseId);
        if (parentId != null) {
            requireIn(enterprise, "parentId", organisation.unit(parentId).map(OrgUnit::enterpriseId).orElse(null), parentId);
        }
        OrgUnit unit = OrgUnit.create(Ids.newId(), enterprise.groupId(), enterprise.id(), kind, parentId, name);
        organisation.add(unit);
        return unit;
    }

    public Post createPost(String enterpriseId, String departmentId, String name) {
        Enterprise enterprise = enterprises.forInput(enterpriseId);
        requireDepartment(enterprise, departmentId);
        Post post = Post.create(Ids.newId(), enterprise.groupId(), enterprise.id(), departmentId, name);
        organisation.add(post);
        return post;
    }

    public Person createPerson(PersonCommand c) {
        Enterprise enterprise = enterprises.forInput(c.enterpriseId());
        requireReferences(enterprise, c);
        Person person = Person.create(Ids.newId(), enterprise.groupId(), enterprise.id(), c.name(), c.mobile(),
                c.departmentId(), c.postIds());
        organisation.add(person, List.of(changed(person)));
        return person;
    }

    public Person updatePerson(String id, PersonCommand c) {
        Person person = person(id);
        requireReferences(enterprises.get(person.enterpriseId()), c);
        Person next = person.update(c.name(), c.mobile(), c.departmentId(), c.postIds());
        organisation.change(next, List.of(changed(next)));
        return next;
    }

    public void deletePerson(String id) {
        Person next = person(id).delete();
        organisation.change(next, List.of(changed(next)));
    }

    public Person person(String id) {
        Person person = organisation.person(id).filter(p -> !p.deleted()).orElseThrow(() -> new NotFoundException("person", id));
        CallerContext.require().requireAccess(person.groupId(), person.enterpriseId(), "person", id);
        return person;
    }

    public List<OrgUnit> units(String enterpriseId) {
        return organisation.unitsOf(enterprises.get(enterpriseId).id());
    }

    public List<Post> posts(String enterpriseId) {
        return organisation.postsOf(enterprises.get(enterpriseId).id());
    }

    public List<Person> people(String enterpriseId) {
        return organisation.peopleOf(enterprises.get(enterpriseId).id());
    }

    private void requireReferences(Enterprise enterprise, PersonCommand c) {
        if (c.departmentId() != null) {
            requireDepartment(enterprise, c.departmentId());
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<String> postIds = c.postIds() == null ? List.of() : c.postIds();
        for (int i = 0; i < postIds.size(); i++) {
            String postId = postIds.get(i);
            if (organisation.post(postId).filter(p -> p.enterpriseId().equals(enterprise.id())).isEmpty()) {
                violations.add(new FieldViolation("postIds[" + i + "]", "exists", "no post " + postId + " in the enterprise"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    private void requireDepartment(Enterprise enterprise, String departmentId) {
        boolean ok = departmentId != null && organisation.unit(departmentId)
                .filter(u -> u.enterpriseId().equals(enterprise.id()) && u.kind() == OrgUnitKind.DEPARTMENT).isPresent();
        if (!ok) {
            throw new InvalidValueException("departmentId", "exists", "no department " + departmentId + " in the enterprise");
        }
    }

    private static void requireIn(Enterprise enterprise, String field, String foundEnterpriseId, String id) {
        if (!enterprise.id().equals(foundEnterpriseId)) {
            throw new InvalidValueException(field, "exists", "no " + field + " " + id + " in the enterprise");
        }
    }

    private static NewEvent changed(Person p) {
        return new NewEvent(PersonChanged.TYPE, p.groupId(), p.enterpriseId(), p.id(), p.changed());
    }

}
