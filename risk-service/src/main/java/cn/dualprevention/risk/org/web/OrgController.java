package cn.dualprevention.risk.org.web;

import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.risk.org.application.OrgDirectory;
import cn.dualprevention.risk.org.domain.OrgUnit;
import cn.dualprevention.risk.org.domain.Person;
import cn.dualprevention.risk.org.domain.Post;
import cn.dualprevention.risk.org.web.OrgRequests.OrgUnitRequest;
import cn.dualprevention.risk.org.web.OrgRequests.PersonRequest;
import cn.dualprevention.risk.org.web.OrgRequests.OrgUnitUpdateRequest;
import cn.dualprevention.risk.org.web.OrgRequests.PostRequest;
import cn.dualprevention.risk.org.web.OrgRequests.PostUpdateRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/org")
@Tag(name = "Organisation 组织机构", description = "Plants, areas, departments, posts and people of an enterprise")
class OrgController {

    private final OrgDirectory directory;

    OrgController(OrgDirectory directory) {
        this.directory = directory;
    }

    /** A plant, area or department as the API shows it. */
    record OrgUnitResponse(String id, long version, String enterpriseId, String kind, String parentId, String name) {
        static OrgUnitResponse of(OrgUnit u) {
            return new OrgUnitResponse(u.id(), u.version(), u.enterpriseId(), u.kind().name(), u.parentId(), u.name());
        }
    }

    /** A post as the API shows it. */
    record PostResponse(String id, long version, String enterpriseId, String departmentId, String name) {
        static PostResponse of(Post p) {
            return new PostResponse(p.id(), p.version(), p.enterpriseId(), p.departmentId(), p.name());
        }
    }

    /** A person as the API shows it. */
    record PersonResponse(String id, long version, String enterpriseId, String name, String mobile, String departmentId,
                          List<String> postIds) {
        static PersonResponse of(Person p) {
            return new PersonResponse(p.id(), p.version(), p.enterpriseId(), p.name(), p.mobile(), p.departmentId(), p.postIds());
        }
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a plant, area or department (risk.org-unit.created.v1)")
    OrgUnitResponse createUnit(@Valid @RequestBody OrgUnitRequest r) {
        return OrgUnitResponse.of(directory.createUnit(r.enterpriseId(), r.kind(), r.parentId(), r.name()));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PutMapping("/units/{id}")
    @Operation(summary = "Rename or move a plant, area or department (risk.org-unit.updated.v1 with the whole unit)",
            description = "The parent must be of the same enterprise and not below the unit (400 parentId/cycle).")
    OrgUnitResponse updateUnit(@PathVariable String id, @Valid @RequestBody OrgUnitUpdateRequest r) {
        return OrgUnitResponse.of(directory.updateUnit(id, r.parentId(), r.name(), r.version()));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @DeleteMapping("/units/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a plant, area or department (soft; risk.org-unit.deleted.v1)",
            description = "Refused with 409 org-unit-in-use while org units, posts, people or risk analysis units still "
                    + "belong to it (the message counts them).")
    void deleteUnit(@PathVariable String id,
                    @Parameter(description = "the version the deletion was decided on; optional", example = "1")
                    @RequestParam(required = false) Long version) {
        directory.deleteUnit(id, version);
    }

    @GetMapping("/units")
    @Operation(summary = "The plants, areas and departments of an enterprise")
    List<OrgUnitResponse> units(@RequestParam String enterpriseId) {
        return directory.units(enterpriseId).stream().map(OrgUnitResponse::of).toList();
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PostMapping("/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a post of a department (risk.post.created.v1)")
    PostResponse createPost(@Valid @RequestBody PostRequest r) {
        return PostResponse.of(directory.createPost(r.enterpriseId(), r.departmentId(), r.name()));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PutMapping("/posts/{id}")
    @Operation(summary = "Rename a post or move it to another department (risk.post.updated.v1 with the whole post)")
    PostResponse updatePost(@PathVariable String id, @Valid @RequestBody PostUpdateRequest r) {
        return PostResponse.of(directory.updatePost(id, r.departmentId(), r.name(), r.version()));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @DeleteMapping("/posts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a post (soft; risk.post.deleted.v1); refused with 409 post-held while people hold it")
    void deletePost(@PathVariable String id,
                    @Parameter(description = "the version the deletion was decided on; optional", example = "1")
                    @RequestParam(required = false) Long version) {
        directory.deletePost(id, version);
    }

    @GetMapping("/posts")
    @Operation(summary = "The posts of an enterprise")
    List<PostResponse> posts(@RequestParam String enterpriseId) {
        return directory.posts(enterpriseId).stream().map(PostResponse::of).toList();
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person (risk.person.changed.v1)")
    PersonResponse createPerson(@Valid @RequestBody PersonRequest r) {
        return PersonResponse.of(directory.createPerson(command(r)));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PutMapping("/people/{id}")
    @Operation(summary = "Change a person: name, mobile, department, posts (risk.person.changed.v1)")
    PersonResponse updatePerson(@PathVariable String id, @Valid @RequestBody PersonRequest r) {
        return PersonResponse.of(directory.updatePerson(id, command(r), r.version()));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @DeleteMapping("/people/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a person (soft; risk.person.changed.v1 with deleted=true)")
    void deletePerson(@PathVariable String id,
                      @Parameter(description = "the version the deletion was decided on; optional", example = "2")
                      @RequestParam(required = false) Long version) {
        directory.deletePerson(id, version);
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One person")
    PersonResponse person(@PathVariable String id) {
        return PersonResponse.of(directory.person(id));
    }

    @GetMapping("/people")
    @Operation(summary = "The people of an enterprise")
    List<PersonResponse> people(@RequestParam String enterpriseId) {
        return directory.people(enterpriseId).stream().map(PersonResponse::of).toList();
    }

    private static OrgDirectory.PersonCommand command(PersonRequest r) {
        return new OrgDirectory.PersonCommand(r.enterpriseId(), r.name(), r.mobile(), r.departmentId(), r.postIds());
    }
}
