package cn.dualprevention.faults.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The fault run's report: a table row per fault, the run's settings and notes; markdown. */
public final class FaultReport {

    private final double rate;
    private final int tasks;
    private final Path dataDir;
    private final Instant started = Instant.now();
    private final List<String> notes = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    public FaultReport(double rate, int tasks, Path dataDir) {
        this.rate = rate;
        this.tasks = tasks;
        this.dataDir = dataDir;
    }

    public synchronized void note(String note) {
        notes.add(note);
        System.out.println("[faults] " + note);
    }

    public synchronized Row begin(Fault fault) {
        Row row = new Row(fault);
        rows.add(row);
        System.out.println("[faults] " + fault.name() + ": " + fault.what());
        return row;
    }

    /** A line while the places catch up. */
    public void progress(Fault fault, Downstream.Tally tally) {
        System.out.printf("[faults] %s: catching up — inspection %s, hazards %s, indicators %s, hub %s%s%n", fault.name(),
                tally.inspection().cell(), tally.hazards().cell(), tally.indicators().cell(), tally.hub().cell(),
                tally.problems().isEmpty() ? "" : " (" + tally.problems() + ")");
    }

    /** One fault's outcome. */
    public static final class Row {
        private final Fault fault;
        private long injected;
        private long restored;
        private long back;
        private long converged;
        private Downstream.Tally tally;
        private long sentTotal;
        private long sentHere;
        private long hazardsHere;
        private long retried;
        private long duplicateAnswers;
        private long notAcknowledged;
        private boolean poolEmptied;
        private List<String> notServing = List.of();

        Row(Fault fault) {
            this.fault = fault;
        }

        public void injected() {
            injected = System.nanoTime();
        }

        public void restored() {
            restored = System.nanoTime();
        }

        public void back() {
            back = System.nanoTime();
        }

        public void converged(Downstream.Tally tally, Ledger ledger, boolean poolEmptied, List<String> notServing) {
            converged = System.nanoTime();
            this.tally = tally;
            this.poolEmptied = poolEmptied;
            this.notServing = List.copyOf(notServing);
            sentTotal = ledger.acknowledged().size();
            List<Ledger.Sent> here = ledger.ofFault(fault.name());
            sentHere = here.stream().filter(s -> s.outcome() == Ledger.Outcome.ACKNOWLEDGED).count();
            hazardsHere = here.stream().filter(s -> s.outcome() == Ledger.Outcome.ACKNOWLEDGED && s.hazardFound()).count();
            retried = here.stream().filter(s -> s.attempts() > 1).count();
            duplicateAnswers = here.stream().filter(Ledger.Sent::duplicateAnswer).count();
            notAcknowledged = here.stream().filter(s -> s.outcome() != Ledger.Outcome.ACKNOWLEDGED).count();
        }

        boolean passed() {
            return tally != null && tally.exact() && notAcknowledged == 0 && notServing.isEmpty();
        }

        String line() {
            if (tally == null) {
                return "| " + fault.name() + " | " + fault.what() + " | — | — | — | — | — | — | — | — | — | — | not finished |";
            }
            return String.format("| %s | %s | %d (%d hazard) | %d | %s | %s | %s | %s | %d | %d | %s | %s | %s |",
                    fault.name(), fault.what(), sentHere, hazardsHere, sentTotal,
                    tally.inspection().cell(), tally.hazards().cell(), tally.indicators().cell(), tally.hub().cell(),
                    tally.duplicates(), tally.losses(), seconds(restored, back), seconds(restored, converged),
                    verdict());
        }

        private String verdict() {
            List<String> s = new ArrayList<>();
            s.add(passed() ? "pass" : "**FAIL**");
            if (retried > 0) {
                s.add(retried + " retried");
            }
            if (duplicateAnswers > 0) {
                s.add(duplicateAnswers + " answered 200 DUPLICATE");
            }
            if (notAcknowledged > 0) {
                s.add(notAcknowledged + " never acknowledged");
            }
            if (tally.storedWithout2xx() > 0) {
                s.add(tally.storedWithout2xx() + " stored without a 2xx (so far)");
            }
            if (tally.hubResends() > 0) {
                s.add(tally.hubResends() + " hub re-sends so far (upserts)");
            }
            if (poolEmptied) {
                s.add("phones paused (share of cycles used)");
            }
            if (!notServing.isEmpty()) {
                s.add("not serving: " + notServing);
            }
            if (!tally.problems().isEmpty()) {
                s.add(tally.problems());
            }
            return String.join("; ", s);
        }

        private static String seconds(long from, long to) {
            return from == 0 || to == 0 ? "—" : String.format("%.0f s", (to - from) / 1e9);
        }
    }

    public synchronized String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Fault run ").append(started.truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
        sb.append("- machine: ").append(machine()).append('\n');
        sb.append("- command: `./mvnw -Pfaults -pl deploy/faults verify` (").append(System.getProperty("faults.only", "").isBlank()
                ? "all faults" : "-Dfaults.only=" + System.getProperty("faults.only")).append(")\n");
        sb.append("- load: ").append(rate).append(" records/s through the gateway (every 5th \"hazard found\"), at most 16 under way,")
                .append(" retried with the same client id; ").append(tasks).append(" hourly tasks (one record per cycle)\n");
        sb.append("- data and process logs: `").append(dataDir).append("`\n");
        notes.forEach(n -> sb.append("- ").append(n).append('\n'));
        sb.append("\nColumns: records acknowledged (2xx) during the fault; acknowledged so far (every check counts all of them);")
                .append(" found/expected in inspection-service, as hazards in hazard-service (hazard-found records),")
                .append(" in assessment's checks indicator, as checkRecords held by the sandbox hub; duplicates and losses over")
                .append(" all places (must be 0); back = restart (or hub reopening) until the part serves again;")
                .append(" recovered = until every place holds every acknowledged record exactly.\n\n");
        sb.append("| fault | what | sent (2xx) | so far | inspection | hazards | indicators | hub | duplicates | losses |")
                .append(" back | recovered | result |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> sb.append(r.line()).append('\n'));
        sb.append('\n').append(String.format("Run time: %.1f min.%n", (Instant.now().toEpochMilli() - started.toEpochMilli()) / 60000.0));
        return sb.toString();
    }

    public void print() {
        System.out.println(markdown());
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String machine() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "?";
        }
        long memGb = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memGb = Math.round(os.getTotalMemorySize() / 1e9);
        }
        return host + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memGb + " GB RAM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version") + " (load average at start "
                + String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ")";
    }
}
