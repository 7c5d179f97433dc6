package cn.dualprevention.risk.org.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.risk.common.domain.TextRules;

import java.util.ArrayList;
import java.util.List;

/** 组织单元 — a plant, an area of a plant, or a department of an enterprise, in a tree by {@code parentId}. */
public record OrgUnit(String id, long version, String groupId, String enterpriseId, OrgUnitKind kind, String parentId,
                      String name) {

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
        return new OrgUnit(id, 1, groupId, enterpriseId, kind, parentId, name.trim());
    }
}
