package cn.dualprevention.risk.org.domain;

/** Event data of {@code risk.org-unit.created.v1} / {@code .updated.v1} / {@code .deleted.v1}: the whole org unit. */
public record OrgUnitChanged(String orgUnitId, String enterpriseId, String kind, String parentId, String name,
                             boolean deleted) {

    public static final String CREATED = "risk.org-unit.created.v1";
    public static final String UPDATED = "risk.org-unit.updated.v1";
    public static final String DELETED = "risk.org-unit.deleted.v1";
}
