package cn.dualprevention.platform.identity;

import cn.dualprevention.platform.tenancy.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JWT claims a caller's identity is read from — the one place that names them. Every identity
 * provider (the development issuer, Keycloak in production) must put these claims in its access tokens:
 *
 * <table>
 *   <tr><th>claim</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>{@code sub}</td><td>string</td><td>the acting user (login name) or machine client id</td></tr>
 *   <tr><td>{@code name}</td><td>string, optional</td><td>display name (姓名)</td></tr>
 *   <tr><td>{@code group}</td><td>string</td><td>the group (集团) the caller belongs to; {@code "*"} (every group)
 *       only for a suite service, whose {@code roles} name {@link Role#SERVICE}</td></tr>
 *   <tr><td>{@code enterprises}</td><td>array of strings</td><td>enterprise ids the caller may act on;
 *       {@code ["*"]} for every enterprise of the group</td></tr>
 *   <tr><td>{@code roles}</td><td>array of strings</td><td>{@link Role} names</td></tr>
 * </table>
 *
 * A token without {@code sub} or {@code group} is refused (401). A missing {@code enterprises} claim
 * means no enterprise at all (group-level objects only), never every enterprise. A token of the group {@code "*"}
 * without the role {@link Role#SERVICE} is refused (401); with it, the caller acts on every enterprise of every
 * group, on the endpoints that name {@link Role#SERVICE} only.
 */
public final class CallerClaims {

    public static final String SUBJECT = "sub";
    public static final String NAME = "name";
    public static final String GROUP = "group";
    public static final String ENTERPRISES = "enterprises";
    public static final String ROLES = "roles";
    /** The value of {@link #ENTERPRISES} that stands for every enterprise of the group. */
    public static final String ALL_ENTERPRISES = "*";
    /** The value of {@link #GROUP} that stands for every group: suite services ({@link Role#SERVICE}) only. */
    public static final String ALL_GROUPS = Caller.EVERY_GROUP;

    private CallerClaims() {
    }

    /**
     * The caller a verified token describes.
     *
     * @throws IllegalArgumentException naming the missing claim when the token lacks {@code sub} or {@code group},
     *                                  or when its group is {@code "*"} without the role {@link Role#SERVICE}
     */
    public static Caller callerOf(Jwt jwt) {
        String user = text(jwt.getClaims().get(SUBJECT));
        String group = text(jwt.getClaims().get(GROUP));
        if (user == null) {
            throw new IllegalArgumentException("the token has no '" + SUBJECT + "' claim");
        }
        if (group == null) {
            throw new IllegalArgumentException("the token has no '" + GROUP + "' claim");
        }
        Set<String> roles = strings(jwt.getClaims().get(ROLES));
        String name = text(jwt.getClaims().get(NAME));
        if (ALL_GROUPS.equals(group)) {
            if (!roles.contains(Role.SERVICE.name())) {
                throw new IllegalArgumentException("the '" + GROUP + "' claim '" + ALL_GROUPS
                        + "' (every group) is only for the suite's own services, whose token carries the role "
                        + Role.SERVICE.name() + "; this token does not");
            }
            return new Caller(user, group, Set.of(), true, roles, name);
        }
        Set<String> enterprises = strings(jwt.getClaims().get(ENTERPRISES));
        boolean all = enterprises.contains(ALL_ENTERPRISES);
        return new Caller(user, group, all ? Set.of() : enterprises, all, roles, name);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }

    /** A JSON array of strings, or (tolerated) one comma-separated string. */
    private static Set<String> strings(Object value) {
        Set<String> out = new LinkedHashSet<>();
        Collection<?> items = value instanceof Collection<?> c ? c
                : value == null ? List.of() : List.of((Object[]) value.toString().split(","));
        for (Object item : items) {
            String s = text(item);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
