package cn.dualprevention.risk.org.domain;

import java.util.List;

/** Event data of {@code risk.person.changed.v1}. */
public record PersonChanged(String personId, String enterpriseId, String name, String mobile, String departmentId,
                            List<String> postIds, boolean deleted) {

    public static final String TYPE = "risk.person.changed.v1";
}
