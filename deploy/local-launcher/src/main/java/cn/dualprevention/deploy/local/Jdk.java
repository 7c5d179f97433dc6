package cn.dualprevention.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** The JDK the suite runs on: the one running the launcher (the run script picks it). */
public record Jdk(Path home, int feature, String version) {

    public static Jdk current() {
        Path home = Path.of(System.getProperty("java.home"));
        return new Jdk(home, Runtime.version().feature(), System.getProperty("java.vm.version", Runtime.version().toString()));
    }

    public Path java() {
        Path java = home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        return Files.isExecutable(java) ? java : Path.of("java");
    }

    /** JEP 483 / 514: {@code -XX:AOTCacheOutput} (one-step training) exists from JDK 25 on. */
    public boolean supportsAotCache() {
        return feature >= 25;
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }
}
