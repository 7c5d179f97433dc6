package cn.dualprevention.deploy.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ports of the suite by process name ({@code registry}, {@code gateway}, the five services, {@code kafka},
 * {@code mongo}). 0 means "pick a free port" ({@link #resolve()}). Kafka's controller listens on kafka + 1.
 */
public final class Ports {

    public static final String KAFKA = "kafka";
    public static final String MONGO = "mongo";

    private final Map<String, Integer> ports;

    private Ports(Map<String, Integer> ports) {
        this.ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
    }

    /** 8761, 8080, 8081–8085, 9092, 27017. */
    public static Ports defaults() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(MONGO, 27017);
        m.put(KAFKA, 9092);
        for (SpringApp app : SpringApp.ALL) {
            m.put(app.name(), app.defaultPort());
        }
        return new Ports(m);
    }

    /** Every port 0: each is picked free at start (for tests). */
    public static Ports allFree() {
        Ports p = defaults();
        Map<String, Integer> m = new LinkedHashMap<>();
        p.ports.keySet().forEach(k -> m.put(k, 0));
        return new Ports(m);
    }

    /** The defaults overridden by DP_REGISTRY_PORT, DP_GATEWAY_PORT, DP_RISK_PORT, ..., DP_KAFKA_PORT, DP_MONGO_PORT. */
    public static Ports fromEnv(Map<String, String> env) {
        Ports p = defaults();
        p = p.withFromEnv(env, MONGO, "DP_MONGO_PORT").withFromEnv(env, KAFKA, "DP_KAFKA_PORT");
        for (SpringApp app : SpringApp.ALL) {
            p = p.withFromEnv(env, app.name(), app.portEnv());
        }
        return p;
    }

    private Ports withFromEnv(Map<String, String> env, String name, String var) {
        String v = env.get(var);
        if (v == null || v.isBlank()) {
            return this;
        }
        try {
            return with(name, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(var + " is not a port number: " + v);
        }
    }

    public Ports with(String name, int port) {
        if (!ports.containsKey(name)) {
            throw new IllegalArgumentException("unknown process " + name + " (known: " + ports.keySet() + ")");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port of " + name + " out of range: " + port);
        }
        Map<String, Integer> m = new LinkedHashMap<>(ports);
        m.put(name, port);
        return new Ports(m);
    }

    public int get(String name) {
        Integer p = ports.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown process " + name);
        }
        return p;
    }

    public int kafkaController() {
        return get(KAFKA) + 1;
    }

    public Map<String, Integer> asMap() {
        return ports;
    }

    /** Replaces every 0 by a port that is free now (Kafka: a free pair p, p + 1). */
    public Ports resolve() {
        Map<String, Integer> m = new LinkedHashMap<>(ports);
        java.util.Set<Integer> taken = new java.util.HashSet<>(ports.values());
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (e.getValue() != 0) {
                continue;
            }
            int port;
            do {
                port = freePort();
            } while (taken.contains(port) || taken.contains(port + 1)
                    || (e.getKey().equals(KAFKA) && !isFree(port + 1)));
            taken.add(port);
            if (e.getKey().equals(KAFKA)) {
                taken.add(port + 1);
            }
            e.setValue(port);
        }
        return new Ports(m);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("cannot find a free port", e);
        }
    }

    /** True when nobody listens on the port (checked by binding it on all interfaces, then on loopback). */
    public static boolean isFree(int port) {
        if (port <= 0 || port > 65535) {
            return false;
        }
        for (InetSocketAddress address : new InetSocketAddress[] {
                new InetSocketAddress(port), new InetSocketAddress(InetAddress.getLoopbackAddress(), port)}) {
            try (ServerSocket s = new ServerSocket()) {
                s.setReuseAddress(true);
                s.bind(address);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return ports.toString();
    }
}
