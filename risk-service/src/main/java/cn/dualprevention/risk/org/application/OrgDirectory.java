package cn.dualprevention.risk.org.application;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.CallerContext;
import cn.dualprevention.risk.common.domain.VersionGuard;
import cn.dualprevention.risk.enterprise.application.EnterpriseRegistry;
import cn.dualprevention.risk.enterprise.domain.Enterprise;
import cn.dualprevention.risk.org.domain.OrgUnit;
import cn.dualprevention.risk.org.domain.OrgUnitKind;
import cn.dualprevention.risk.org.domain.Organisation;
import cn.dualprevention.risk.org.domain.Person;
import cn.dualprevention.risk.org.domain.PersonChanged;
import cn.dualprevention.risk.org.domain.OrgUnitChanged;
import cn.dualprevention.risk.org.domain.Post;
import cn.dualprevention.risk.org.domain.PostChanged;
import cn.dualprevention.risk.org.domain.RiskUnitsInOrg;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/** 组织机构 — plants, areas, departments, posts and people of the caller's enterprises. */
@Service
public class OrgDirectory {

    private final Organisation organisation;
    private final RiskUnitsInOrg riskUnits;
    private final EnterpriseRegistry enterprises;

    public OrgDirectory(Organisation organisation, RiskUnitsInOrg riskUnits, EnterpriseRegistry enterprises) {
        this.organisation = organisation;
        this.riskUnits = riskUnits;
        this.enterprises = enterprises;
    }

    /** Command: a person and the posts they hold. */
    public record PersonCommand(String enterpriseId, String name, String mobile, String departmentId, List<String> postIds) {
    }

    public OrgUnit createUnit(String enterpriseId, OrgUnitKind kind, String parentId, String name) {
        Enterprise enterprise = enterprises.forInput(enterpriseId);
        if (parentId != null) {
            requireIn(enterprise, "parentId", organisation.unit(parentId).filter(u -> !u.deleted())
                    .map(OrgUnit::enterpriseId).orElse(null), parentId);
        }
        OrgUnit unit = OrgUnit.create(Ids.newId(), enterprise.groupId(), enterprise.id(), kind, parentId, name);
        organisation.add(unit, List.of(event(unit, OrgUnitChanged.CREATED)));
        return unit;
    }

    /** A new name or parent (risk.org-unit.updated.v1); the parent must be of the enterprise and not below the unit. */
    public OrgUnit updateUnit(String id, String parentId, String name, Long expectedVersion) {
        OrgUnit unit = unit(id);
        VersionGuard.expect("org unit", id, unit.version(), expectedVersion);
        if (parentId != null) {
            Enterprise enterprise = enterprises.get(unit.enterpriseId());
            requireIn(enterprise, "parentId", organisation.unit(parentId).filter(u -> !u.deleted())
                    .map(OrgUnit::enterpriseId).orElse(null), parentId);
            int depth = 0;
            for (String above = parentId; above != null && depth < 100;
                 above = organisation.unit(above).map(OrgUnit::parentId).orElse(null), depth++) {
                if (above.equals(id)) {
                    throw new InvalidValueException("parentId", "cycle", "the new parent " + parentId + " lies below "
                            + unit.name() + " itself");
                }
            }
        }
        OrgUnit next = unit.update(parentId, name);
        organisation.change(next, List.of(event(next, OrgUnitChanged.UPDATED)));
        return next;
    }

    /** Soft delete (risk.org-unit.deleted.v1), refused (409 org-unit-in-use) while anything still hangs on it. */
    public void deleteUnit(String id, Long expectedVersion) {
        OrgUnit unit = unit(id);
        VersionGuard.expect("org unit", id, unit.version(), expectedVersion);
        String enterpriseId = unit.enterpriseId();
        OrgUnit.OrgUsage usage = new OrgUnit.OrgUsage(
                (int) organisation.unitsOf(enterpriseId).stream().filter(u -> id.equals(u.parentId())).count(),
                (int) organisation.postsOf(enterpriseId).stream().filter(p -> id.equals(p.departmentId())).count(),
                (int) organisation.peopleOf(enterpriseId).stream().filter(p -> id.equals(p.departmentId())).count(),
                riskUnits.liveReferring(id));
        OrgUnit next = unit.delete(usage);
        organisation.change(next, List.of(event(next, OrgUnitChanged.DELETED)));
    }

    public OrgUnit unit(String id) {
        OrgUnit unit = organisation.unit(id).filter(u -> !u.deleted()).orElseThrow(() -> new NotFoundException("org unit", id));
        CallerContext.require().requireAccess(unit.groupId(), unit.enterpriseId(), "org unit", id);
        return unit;
    }

    public Post createPost(String enterpriseId, String departmentId, String name) {
        Enterprise enterprise = enterprises.forInput(enterpriseId);
        requireDepartment(enterprise, departmentId);
        Post post = Post.create(Ids.newId(), enterprise.groupId(), enterprise.id(), departmentId, name);
        organisation.add(post, List.of(event(post, PostChanged.CREATED)));
        return post;
    }

    /** A new name or department of a post (risk.post.updated.v1). */
    public Post updatePost(String id, String departmentId, String name, Long expectedVersion) {
        Post post = post(id);
        VersionGuard.expect("post", id, post.version(), expectedVersion);
        requireDepartment(enterprises.get(post.enterpriseId()), departmentId);
        Post next = post.update(departmentId, name);
        organisation.change(next, List.of(event(next, PostChanged.UPDATED)));
        return next;
    }

    /** Soft delete (risk.post.deleted.v1), refused (409 post-held) while people hold the post. */
    public void deletePost(String id, Long expectedVersion) {
        Post post = post(id);
        VersionGuard.expect("post", id, post.version(), expectedVersion);
        int holders = (int) organisation.peopleOf(post.enterpriseId()).stream().filter(p -> p.postIds().contains(id)).count();
        Post next = post.delete(holders);
        organisation.change(next, List.of(event(next, PostChanged.DELETED)));
    }

    public Post post(String id) {
        Post post = organisation.post(id).filter(p -> !p.deleted()).orElseThrow(() -> new NotFoundException("post", id));
        CallerContext.require().requireAccess(post.groupId(), post.enterpriseId(), "post", id);
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

    public Person updatePerson(String id, PersonCommand c, Long expectedVersion) {
        Person person = person(id);
        VersionGuard.expect("person", id, person.version(), expectedVersion);
        requireReferences(enterprises.get(person.enterpriseId()), c);
        Person next = person.update(c.name(), c.mobile(), c.departmentId(), c.postIds());
        organisation.change(next, List.of(changed(next)));
        return next;
    }

    public void deletePerson(String id, Long expectedVersion) {
        Person person = person(id);
        VersionGuard.expect("person", id, person.version(), expectedVersion);
        Person next = person.delete();
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
            if (organisation.post(postId).filter(p -> p.enterpriseId().equals(enterprise.id()) && !p.deleted()).isEmpty()) {
                violations.add(new FieldViolation("postIds[" + i + "]", "exists", "no post " + postId + " in the enterprise"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    private void requireDepartment(Enterprise enterprise, String departmentId) {
        boolean ok = departmentId != null && organisation.unit(departmentId)
                .filter(u -> u.enterpriseId().equals(enterprise.id()) && u.kind() == OrgUnitKind.DEPARTMENT && !u.deleted())
                .isPresent();
        if (!ok) {
            throw new InvalidValueException("departmentId", "exists", "no department " + departmentId + " in the enterprise");
        }
    }

    private static void requireIn(Enterprise enterprise, String field, String foundEnterpriseId, String id) {
        if (!enterprise.id().equals(foundEnterpriseId)) {
            throw new InvalidValueException(field, "exists", "no " + field + " " + id + " in the enterprise");
        }
    }

    private static NewEvent event(OrgUnit u, String type) {
        return new NewEvent(type, u.groupId(), u.enterpriseId(), u.id(), u.changed());
    }

    private static NewEvent event(Post p, String type) {
        return new NewEvent(type, p.groupId(), p.enterpriseId(), p.id(), p.changed());
    }

    private static NewEvent changed(Person p) {
        return new NewEvent(PersonChanged.TYPE, p.groupId(), p.enterpriseId(), p.id(), p.changed());
    }

}
