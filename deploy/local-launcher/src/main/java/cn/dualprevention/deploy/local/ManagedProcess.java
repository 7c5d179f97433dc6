package cn.dualprevention.deploy.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the suite: its output (stdout and stderr) goes to its log file. On Linux it is started
 * through {@code setsid} so that Ctrl-C in the terminal reaches only the launcher, which then stops the
 * processes in order; a detached suite keeps running after the launcher exits.
 */
public final class ManagedProcess {

    private static final Path SETSID = findSetsid();

    private final String name;
    private final ProcessHandle handle;
    private final Process process;
    private final Path log;
    private final long startNanos;
    private final int port;
    private final long logOffset;

    private ManagedProcess(String name, ProcessHandle handle, Process process, Path log, long startNanos, int port,
                           long logOffset) {
        this.name = name;
        this.handle = handle;
        this.process = process;
        this.log = log;
        this.startNanos = startNanos;
        this.port = port;
        this.logOffset = logOffset;
    }

    /** Starts the command; the log file is appended to (a restart keeps the previous run's lines). */
    public static ManagedProcess start(String name, List<String> command, Map<String, String> env, Path log,
                                       Path workDir, int port) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Files.writeString(log, "\n==== " + java.time.LocalDateTime.now() + " starting " + name + ": "
                        + String.join(" ", command) + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        long offset = Files.size(log);
        List<String> full = new ArrayList<>();
        if (SETSID != null) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        return new ManagedProcess(name, p.toHandle(), p, log, start, port, offset);
    }

    /** A process this launcher did not start (a detached suite found through its pid file). */
    static ManagedProcess attach(String name, ProcessHandle handle, Path log, int port) {
        return new ManagedProcess(name, handle, null, log, System.nanoTime(), port, 0);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return handle.pid();
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public ProcessHandle handle() {
        return handle;
    }

    public boolean isAlive() {
        return handle.isAlive();
    }

    /** Exit code, or -1 when unknown (not a child of this JVM) or still running. */
    public int exitCode() {
        if (process == null || process.isAlive()) {
            return -1;
        }
        return process.exitValue();
    }

    public double secondsSinceStart() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** SIGTERM: the JVM runs its shutdown hooks (Spring closes its context, Kafka shuts down, Mongo closes H2). */
    public void requestStop() {
        if (handle.isAlive()) {
            handle.destroy();
        }
    }

    /** Waits for the exit; true when the process is gone. */
    public boolean awaitExit(Duration timeout) {
        try {
            if (process != null) {
                return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !handle.isAlive();
        }
    }

    /** SIGKILL, the last resort. */
    public void kill() {
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
    }

    /** The last lines of the log. */
    public String tail(int lines) {
        return tail(log, lines);
    }

    /** What this run wrote to the log so far (at most the first 256 KB). */
    public String logSinceStart() {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long length = Math.min(f.length() - logOffset, 256 * 1024);
            if (length <= 0) {
                return "";
            }
            byte[] buf = new byte[(int) length];
            f.seek(logOffset);
            f.readFully(buf);
            return new String(buf, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log at " + file + ")";
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            long from = Math.max(0, length - 64 * 1024);
            byte[] buf = new byte[(int) (length - from)];
            f.seek(from);
            f.readFully(buf);
            String text = new String(buf, StandardCharsets.UTF_8);
            String[] all = text.split("\r?\n");
            int start = Math.max(0, all.length - lines);
            return String.join(System.lineSeparator(), java.util.Arrays.copyOfRange(all, start, all.length));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(Jdk.isWindows() ? "NUL" : "/dev/null");
    }

    private static Path findSetsid() {
        if (Jdk.isWindows() || Boolean.getBoolean("dp.local.noSetsid")) {
            return null;
        }
        for (String dir : new String[] {"/usr/bin", "/bin", "/usr/sbin", "/sbin"}) {
            Path p = Path.of(dir, "setsid");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name + "(pid " + pid() + ")";
    }
}
