package cn.dualprevention.risk.org.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.risk.common.domain.TextRules;

import java.util.ArrayList;
import java.util.List;

/** 人员 — a person of an enterprise: name, mobile number (the regulator's {@code ^1[3-9]\d{9}$}), department, posts held. */
public record Person(String id, long version, String groupId, String enterpriseId, String name, String mobile,
                     String departmentId, List<String> postIds, boolean deleted) {

    public Person {
        postIds = postIds == null ? List.of() : List.copyOf(postIds);
    }

    public static Person create(String id, String groupId, String enterpriseId, String name, String mobile,
                                String departmentId, List<String> postIds) {
        return new Person(id, 1, groupId, enterpriseId, checkedName(name, mobile), mobile, departmentId, postIds, false);
    }

    public Person update(String name, String mobile, String departmentId, List<String> postIds) {
        return new Person(id, version + 1, groupId, enterpriseId, checkedName(name, mobile), mobile, departmentId, postIds,
                deleted);
    }

    public Person delete() {
        return new Person(id, version + 1, groupId, enterpriseId, name, mobile, departmentId, postIds, true);
    }

    public PersonChanged changed() {
        return new PersonChanged(id, enterpriseId, name, mobile, departmentId, postIds, deleted);
    }

    private static String checkedName(String name, String mobile) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.require(violations, "name", name, 50);
        if (mobile == null || !mobile.matches("^1[3-9]\\d{9}$")) {
            violations.add(new FieldViolation("mobile", "mobile", "an 11-digit mainland mobile number starting 13–19"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return name.trim();
    }
}
