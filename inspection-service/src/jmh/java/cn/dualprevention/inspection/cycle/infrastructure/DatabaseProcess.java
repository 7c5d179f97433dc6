package cn.dualprevention.inspection.cycle.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The stand-in database ({@link StandInDatabase}) in its own {@code java} process, started from the benchmark's own
 * class path with its own heap and collector. Always stopped: by {@link #close()}, by a shutdown hook when the
 * benchmark's JVM exits some other way (a failed iteration, JMH's timeout, Ctrl-C, SIGTERM), and by the database process
 * itself when its standard input ends or the benchmark's process is gone (SIGKILL).
 * <p>
 * Its standard error and GC log go to {@code target/jmh-database/} (the module's build directory; the temporary
 * directory when run elsewhere).
 */
final class DatabaseProcess implements AutoCloseable {

    /** Starting a JVM on two busy cores can take a while. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** A full collection of a 2-million-cycle store on two busy cores. */
    private static final Duration GC_TIMEOUT = Duration.ofMinutes(10);

    private final Process process;
    private final Path log;
    private final Path h2File;
    private final Writer commands;
    private final BufferedReader answers;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("stand-in-database-answers").factory());
    private final Thread stopOnExit = new Thread(this::stop, "stop-stand-in-database");
    private final int port;

    private DatabaseProcess(String backend, List<String> jvmArgs) {
        try {
            Path dir = Files.isDirectory(Path.of("target")) ? Path.of("target", "jmh-database")
                    : Path.of(System.getProperty("java.io.tmpdir"), "jmh-database");
            Files.createDirectories(dir);
            log = dir.resolve("database-" + backend.toLowerCase() + ".log").toAbsolutePath();
            h2File = "H2".equals(backend) ? Files.createTempFile("inspection-bench-database", ".mv") : null;
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.add("-Xlog:gc:file=" + dir.resolve("database-" + backend.toLowerCase() + "-gc.log").toAbsolutePath());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), StandInDatabase.class.getName(), backend,
                    h2File == null ? "-" : h2File.toString(), Long.toString(ProcessHandle.current().pid())));
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.to(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the database process", e);
        }
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String ready = answer(START_TIMEOUT);
            if (!ready.startsWith(StandInDatabase.READY)) {
                throw new IllegalStateException("database process said '" + ready + "'");
            }
            port = Integer.parseInt(ready.substring(StandInDatabase.READY.length()).strip());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        System.out.printf("%n[database] %s backend in its own process, pid %d, port %d, JVM %s; log %s%n", backend,
                process.pid(), port, String.join(" ", jvmArgs), log);
    }

    /** Starts the stand-in database (MEMORY or H2 backend) and waits until it accepts connections. */
    static DatabaseProcess start(String backend, List<String> jvmArgs) {
        return new DatabaseProcess(backend, jvmArgs);
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** A full collection in the database process (between iterations, outside the measurement); its heap in use afterwards. */
    long collectGarbage() {
        try {
            commands.write(StandInDatabase.GC + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new IllegalStateException("database process not reachable; log " + log + ":\n" + tail(), e);
        }
        String answer = answer(GC_TIMEOUT);
        if (!answer.startsWith(StandInDatabase.GC + " ")) {
            throw new IllegalStateException("database process said '" + answer + "'");
        }
        return Long.parseLong(answer.substring(StandInDatabase.GC.length() + 1).strip());
    }

    /** CPU seconds the database process has used so far (all its threads, also ended ones). */
    double cpuSeconds() {
        return ProcStat.processSeconds(process.pid());
    }

    /** The database process's live threads (mongo-java-server's, GC, JIT, other): thread id → name and ticks. */
    Map<Long, ProcStat.ThreadTicks> threads() {
        return new TreeMap<>(ProcStat.threads(process.pid()));
    }

    private String answer(Duration timeout) {
        Future<String> line = reader.submit(answers::readLine);
        try {
            String answer = line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (answer == null) {
                throw new IllegalStateException("database process ended; log " + log + ":\n" + tail());
            }
            return answer;
        } catch (TimeoutException e) {
            line.cancel(true);
            throw new IllegalStateException("database process did not answer within " + timeout + "; log " + log + ":\n" + tail());
        } catch (ExecutionException e) {
            throw new IllegalStateException("database process not readable; log " + log + ":\n" + tail(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the database process", e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) anyway
        }
        stop();
    }

    /** Closes its standard input (it stops by itself), then SIGTERM, then SIGKILL; removes the H2 file. */
    private void stop() {
        try {
            if (process.isAlive()) {
                try {
                    commands.close();
                } catch (IOException ignored) {
                    // it is going away anyway
                }
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroy();
                    if (!process.waitFor(15, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
                    }
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            reader.shutdownNow();
            if (h2File != null) {
                try {
                    Files.deleteIfExists(h2File);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }
}
