package cn.dualprevention.deploy.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * JDK AOT caches (JEP 483 / 514) for the Spring Boot jars, kept under one directory and keyed by the jar's
 * checksum and the JDK build: {@code <dir>/<name>-<key>/} holds the jar extracted with Spring Boot's
 * {@code -Djarmode=tools extract} (the cache can only hold classes loaded from plain jars on the class path),
 * {@code <dir>/<name>-<key>.aot} the cache.
 *
 * <p>A cache that exists is used ({@code -XX:AOTCache}); a missing one is trained on this run
 * ({@code -XX:AOTCacheOutput}: the JVM writes it when it exits, i.e. when the suite stops). A stale or broken
 * cache is ignored by the JVM (it starts without it); {@link #forgetIfRejected} deletes it so that the next
 * start trains again.
 */
public final class AotCache {

    /** OFF: never; AUTO: use, or train when missing; TRAIN: train again even when present. */
    public enum Mode { OFF, AUTO, TRAIN }

    /** What to run for one app. */
    public record Plan(Path jar, List<String> jvmFlags, Path cache, boolean training) {
        static Plan plain(Path jar) {
            return new Plan(jar, List.of(), null, false);
        }
    }

    private final Path dir;
    private final Jdk jdk;
    private final Mode mode;

    public AotCache(Path dir, Jdk jdk, Mode mode) {
        this.dir = dir.toAbsolutePath();
        this.jdk = jdk;
        this.mode = jdk.supportsAotCache() ? mode : Mode.OFF;
    }

    public Mode mode() {
        return mode;
    }

    public Path dir() {
        return dir;
    }

    /** Decides how to run the jar; extracts it first when needed. Never throws: falls back to the plain jar. */
    public Plan plan(String name, Path jar, Path log) {
        if (mode == Mode.OFF) {
            return Plan.plain(jar);
        }
        try {
            Files.createDirectories(dir);
            String key = memoizedKey(name, jar);
            Path extracted = dir.resolve(name + "-" + key);
            Path runJar = extracted.resolve(jar.getFileName().toString());
            Path cache = dir.resolve(name + "-" + key + ".aot");
            removeOthers(name, key);
            if (!Files.exists(runJar) && !extract(jar, extracted, log)) {
                // Not a Spring Boot jar with the tools jar mode: the cache still covers the JDK's own classes.
                runJar = jar;
            }
            if (mode == Mode.TRAIN) {
                Files.deleteIfExists(cache);
            }
            Files.deleteIfExists(Path.of(cache + ".config"));
            boolean present = Files.isRegularFile(cache) && Files.size(cache) > 0;
            List<String> flags = new ArrayList<>();
            if (present) {
                flags.add("-XX:AOTCache=" + cache);
            } else {
                flags.add("-XX:AOTCacheOutput=" + cache);
            }
            return new Plan(runJar, List.copyOf(flags), cache, !present);
        } catch (IOException | RuntimeException e) {
            return Plan.plain(jar);
        }
    }

    /**
     * The cache flags for a plain class path (the Kafka and Mongo processes); keyed by the class path's jars
     * (names, sizes, modification times) and the JDK. Never throws: no flags when anything goes wrong.
     */
    public Plan planClasspath(String name, String classpath) {
        if (mode == Mode.OFF) {
            return new Plan(null, List.of(), null, false);
        }
        try {
            Files.createDirectories(dir);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((jdk.version() + "|" + jdk.home().toAbsolutePath()).getBytes(StandardCharsets.UTF_8));
            for (String entry : classpath.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
                List<Path> jars = new ArrayList<>();
                if (entry.endsWith("*")) {
                    try (Stream<Path> list = Files.list(Path.of(entry.substring(0, entry.length() - 1)))) {
                        list.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
                    }
                } else {
                    jars.add(Path.of(entry));
                }
                for (Path jar : jars) {
                    String stamp = jar.toAbsolutePath() + "|" + (Files.exists(jar)
                            ? Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() : "-") + "\n";
                    sha.update(stamp.getBytes(StandardCharsets.UTF_8));
                }
            }
            String key = HexFormat.of().formatHex(sha.digest(), 0, 8);
            // Scoped by the class path itself, so that runs with other class paths (tests) sharing this
            // directory do not delete each other's caches.
            String scoped = name + "-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(classpath.getBytes(StandardCharsets.UTF_8)), 0, 4);
            removeOthers(scoped, key);
            Path cache = dir.resolve(scoped + "-" + key + ".aot");
            if (mode == Mode.TRAIN) {
                Files.deleteIfExists(cache);
            }
            Files.deleteIfExists(Path.of(cache + ".config"));
            boolean present = Files.isRegularFile(cache) && Files.size(cache) > 0;
            return new Plan(null, List.of(present ? "-XX:AOTCache=" + cache : "-XX:AOTCacheOutput=" + cache),
                    cache, !present);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return new Plan(null, List.of(), null, false);
        }
    }

    /**
     * Deletes the cache when the JVM said in this run's log that it could not use it, so that the next start
     * trains a new one. Returns true when it deleted.
     */
    public static boolean forgetIfRejected(Plan plan, String logSinceStart) {
        if (plan.cache() == null || plan.training()) {
            return false;
        }
        boolean rejected = logSinceStart.lines().limit(400).anyMatch(l -> l.contains("[aot]")
                && (l.contains("[error") || l.contains("[warning")));
        if (rejected) {
            try {
                Files.deleteIfExists(plan.cache());
            } catch (IOException ignored) {
                // next time then
            }
        }
        return rejected;
    }

    /**
     * {@link #key} remembered in {@code <dir>/<name>.sum} with the jar's size and modification time, so that an
     * unchanged jar is not read again on every start (hashing seven 80 MB jars takes seconds on a small machine).
     */
    String memoizedKey(String name, Path jar) throws IOException {
        Path memo = dir.resolve(name + ".sum");
        String stamp = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + " " + jar.toAbsolutePath();
        if (Files.exists(memo)) {
            String[] saved = Files.readString(memo, StandardCharsets.UTF_8).trim().split("\n");
            if (saved.length == 2 && saved[0].equals(stamp) && saved[1].matches("[0-9a-f]{16}")) {
                return saved[1];
            }
        }
        String key = key(jar);
        Files.writeString(memo, stamp + "\n" + key + "\n", StandardCharsets.UTF_8);
        return key;
    }

    /** First 16 hex digits of SHA-256 over the jar and the JDK build (a cache only fits the JDK that made it). */
    String key(Path jar) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(jar)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    sha.update(buf, 0, n);
                }
            }
            sha.update((jdk.version() + "|" + jdk.home().toAbsolutePath())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean extract(Path jar, Path target, Path log) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            deleteTree(tmp);
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process p = new ProcessBuilder(jdk.java().toString(), "-Djarmode=tools", "-jar", jar.toString(),
                    "extract", "--destination", tmp.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            if (p.exitValue() != 0 || !Files.exists(tmp.resolve(jar.getFileName().toString()))) {
                deleteTree(tmp);
                return false;
            }
            deleteTree(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Removes the extracted jars and caches of older builds of this app. */
    private void removeOthers(String name, String key) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String f = p.getFileName().toString();
                if (f.startsWith(name + "-") && !f.startsWith(name + "-" + key)
                        && f.substring(name.length() + 1).matches("[0-9a-f]{16}(\\.aot|\\.aot\\.config|\\.tmp)?")) {
                    deleteTree(p);
                }
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
