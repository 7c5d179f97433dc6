package cn.dualprevention.deploy.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code <dataDir>/suite.pid}: one line per process ({@code name pid startMillis port log}), so that
 * {@code run stop} and {@code run status} find a suite started by another launcher (detached or in another
 * terminal). The start time guards against a reused pid.
 */
public final class PidFile {

    /** The launcher's own line, present while a foreground launcher supervises the suite. */
    public static final String LAUNCHER = "launcher";

    public record Entry(String name, long pid, long startMillis, int port, String log) {

        static Entry of(String name, ProcessHandle handle, int port, Path log) {
            return new Entry(name, handle.pid(), PidFile.startMillis(handle), port, log == null ? "-" : log.toString());
        }

        /** The live process, when this pid still is the process that was started. */
        public Optional<ProcessHandle> handle() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> startMillis == 0 || Math.abs(PidFile.startMillis(h) - startMillis) < 2000);
        }

        public boolean isAlive() {
            return handle().isPresent();
        }
    }

    private final Path file;

    public PidFile(Path dataDir) {
        this.file = dataDir.resolve("suite.pid");
    }

    public Path path() {
        return file;
    }

    public synchronized void write(List<Entry> entries) throws IOException {
        StringBuilder sb = new StringBuilder("# dual-prevention local suite: name pid startMillis port log\n");
        for (Entry e : entries) {
            sb.append(e.name()).append(' ').append(e.pid()).append(' ').append(e.startMillis()).append(' ')
                    .append(e.port()).append(' ').append(e.log()).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public List<Entry> read() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ", 5);
                if (f.length < 4) {
                    continue;
                }
                entries.add(new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Integer.parseInt(f[3]),
                        f.length > 4 ? f[4] : "-"));
            }
        } catch (IOException | NumberFormatException e) {
            // a broken file is treated as no suite
        }
        return entries;
    }

    public List<Entry> alive() {
        return read().stream().filter(Entry::isAlive).toList();
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    static long startMillis(ProcessHandle h) {
        return h.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }
}
