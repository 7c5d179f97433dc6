package cn.dualprevention.risk.org.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.risk.common.domain.TextRules;

import java.util.ArrayList;
import java.util.List;

/** 岗位 — a post of a department (e.g. 储罐操作工), the holder of measures and inspection tasks. */
public record Post(String id, long version, String groupId, String enterpriseId, String departmentId, String name,
                   boolean deleted) {

    public static Post create(String id, String groupId, String enterpriseId, String departmentId, String name) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.require(violations, "name", name, 100);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new Post(id, 1, groupId, enterpriseId, departmentId, name.trim(), false);
    }

    /** A new name or department (one version later). */
    public Post update(String newDepartmentId, String newName) {
        requireNotDeleted();
        Post checked = create(id, groupId, enterpriseId, newDepartmentId, newName);
        return new Post(id, version + 1, groupId, enterpriseId, newDepartmentId, checked.name, false);
    }

    /** Soft delete, refused (409 {@code post-held}) while people hold the post. */
    public Post delete(int holders) {
        requireNotDeleted();
        if (holders > 0) {
            throw new RuleViolationException("post-held", "post " + name + " cannot be deleted: " + holders
                    + " person(s) hold it; give them other posts first");
        }
        return new Post(id, version + 1, groupId, enterpriseId, departmentId, name, true);
    }

    public PostChanged changed() {
        return new PostChanged(id, enterpriseId, departmentId, name, deleted);
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new RuleViolationException("post-deleted", "post " + name + " was deleted");
        }
    }
}
