package cn.dualprevention.risk.org.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.risk.common.domain.TextRules;

import java.util.ArrayList;
import java.util.List;

/** 岗位 — a post of a department (e.g. 储罐操作工), the holder of measures and inspection tasks. */
public record Post(String id, long version, String groupId, String enterpriseId, String departmentId, String name) {

    public static Post create(String id, String groupId, String enterpriseId, String departmentId, String name) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.require(violations, "name", name, 100);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new Post(id, 1, groupId, enterpriseId, departmentId, name.trim());
    }
}
