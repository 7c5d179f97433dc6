package cn.dualprevention.risk.org.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.risk.common.domain.TextRules;

import java.util.ArrayList;
import java.util.List;

/** 组织单元 — a plant, an area of a plant, or a department of an enterprise, in a tree by {@code parentId}. */
public record OrgUnit(String id, long version, String groupId, String enterpriseId, OrgUnitKind kind, String parentId,
                      String name, boolean deleted) {

    public static OrgUnit create(String id, String groupId, String enterpriseId, OrgUnitKind kind, String parentId,
                                 String name) {
        List<FieldViolation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(new FieldViolation("kind", "required", "PLANT, AREA or DEPARTMENT"));
        }
        TextRules.require(violations, "name", name, 200);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new OrgUnit(id, 1, groupId, enterpriseId, kind, parentId, name.trim(), false);
    }

    /** A new name or place in the tree (one version later); its kind stays. */
    public OrgUnit update(String newParentId, String newName) {
        requireNotDeleted();
        if (id.equals(newParentId)) {
            throw new InvalidValueException("parentId", "not-self", "an org unit cannot be its own parent");
        }
        OrgUnit checked = create(id, groupId, enterpriseId, kind, newParentId, newName);
        return new OrgUnit(id, version + 1, groupId, enterpriseId, kind, newParentId, checked.name, false);
    }

    /**
     * Soft delete, refused (409 {@code org-unit-in-use}) while anything still hangs on it: org units under it,
     * posts of it, people in it, risk units placed in it or run by it.
     */
    public OrgUnit delete(OrgUsage usage) {
        requireNotDeleted();
        if (!usage.isEmpty()) {
            throw new RuleViolationException("org-unit-in-use", name + " cannot be deleted: " + usage.describe()
                    + " still belong to it; move or delete them first");
        }
        return new OrgUnit(id, version + 1, groupId, enterpriseId, kind, parentId, name, true);
    }

    public OrgUnitChanged changed() {
        return new OrgUnitChanged(id, enterpriseId, kind.name(), parentId, name, deleted);
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new RuleViolationException("org-unit-deleted", name + " was deleted");
        }
    }

    /** What still refers to an org unit. */
    public record OrgUsage(int childUnits, int posts, int people, int riskUnits) {

        boolean isEmpty() {
            return childUnits + posts + people + riskUnits == 0;
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (childUnits > 0) {
                parts.add(childUnits + " plant(s) / area(s) / department(s)");
            }
            if (posts > 0) {
                parts.add(posts + " post(s)");
            }
            if (people > 0) {
                parts.add(people + " person(s)");
            }
            if (riskUnits > 0) {
                parts.add(riskUnits + " risk analysis unit(s)");
            }
            return String.join(", ", parts);
        }
    }
}
