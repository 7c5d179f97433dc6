package cn.dualprevention.deploy.local;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.dualprevention.deploy.simulator.Api;
import cn.dualprevention.deploy.simulator.DevIssuer;

/**
 * Access tokens from the development issuer's {@code POST /dev/token} (local mode only), cached per identity.
 * Either a demo user of the issuer ({@link #forDemoUser}) or any identity ({@link #forIdentity}); the simulator's
 * {@link DevIssuer} mints them.
 */
public final class DevTokens {

    private final DevIssuer issuer;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public DevTokens(URI issuer) {
        this.issuer = new DevIssuer(issuer);
    }

    /** A token for a demo user of the issuer (e.g. {@code wang.fang}). */
    public String forDemoUser(String user) {
        return cache.computeIfAbsent("user=" + user, key -> fetch(Map.of("user", user)));
    }

    /** A token for any identity: enterprises {@code "*"} or comma-separated ids, roles comma-separated. */
    public String forIdentity(String user, String group, String enterprises, String roles) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("sub", user);
        form.put("group", group);
        if (enterprises != null) {
            form.put("enterprises", enterprises);
        }
        if (roles != null) {
            form.put("roles", roles);
        }
        return cache.computeIfAbsent(form.toString(), key -> fetch(form));
    }

    private String fetch(Map<String, String> form) {
        try {
            return issuer.mint(form);
        } catch (Api.ApiException e) {
            throw new DemoLoader.DemoLoadException(e.getMessage());
        }
    }
}
