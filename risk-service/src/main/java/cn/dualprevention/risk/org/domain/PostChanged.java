package cn.dualprevention.risk.org.domain;

/** Event data of {@code risk.post.created.v1} / {@code .updated.v1} / {@code .deleted.v1}: the whole post. */
public record PostChanged(String postId, String enterpriseId, String departmentId, String name, boolean deleted) {

    public static final String CREATED = "risk.post.created.v1";
    public static final String UPDATED = "risk.post.updated.v1";
    public static final String DELETED = "risk.post.deleted.v1";
}
