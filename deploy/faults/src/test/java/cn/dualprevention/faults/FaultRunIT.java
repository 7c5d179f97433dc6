package cn.dualprevention.faults;

import cn.dualprevention.faults.support.Downstream;
import cn.dualprevention.faults.support.Fault;
import cn.dualprevention.faults.support.FaultPlant;
import cn.dualprevention.faults.support.FaultReport;
import cn.dualprevention.faults.support.FaultSuite;
import cn.dualprevention.faults.support.InspectionLoad;
import cn.dualprevention.faults.support.Ledger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 9, "Fault tests", acceptance 3: while inspectors' phones submit records steadily through the gateway, each
 * fault in turn — kill -9 of every service and of the gateway, the Kafka broker stopped, the sandbox hub down,
 * mongo-java-server restarted — and afterwards, once the suite has recovered by itself, every record that got a 2xx
 * is exactly once in inspection-service, as a hazard in hazard-service (the hazard-found ones), in assessment's
 * indicators and at the sandbox hub. Duplicates and losses must be 0.
 *
 * <p>One suite for the whole run; each fault bounded by {@link #FAULT_TIMEOUT}; the report is written to
 * {@code target/faults-report.md} and printed. Run: {@code ./mvnw -Pfaults -pl deploy/faults verify} (see
 * deploy/faults/README.md; {@code -Dfaults.only=baseline,kafka} picks faults).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultRunIT {

    static final Duration FAULT_TIMEOUT = Duration.ofMinutes(8);
    static final Duration LEAD = Duration.ofSeconds(5);
    static final Duration SETTLE = Duration.ofSeconds(90);
    static final Duration CONVERGE = Duration.ofSeconds(240);

    FaultSuite suite;
    FaultPlant plant;
    InspectionLoad load;
    Downstream downstream;
    FaultReport report;

    @BeforeAll
    void startSuiteAndPlant() {
        int tasks = Integer.getInteger("faults.tasks", 600);
        double rate = Double.parseDouble(System.getProperty("faults.rate", "3"));
        Path home = Path.of(System.getProperty("dp.home", "../..")).toAbsolutePath().normalize();
        Path data = Path.of("target", "faults-suite-" + System.currentTimeMillis()).toAbsolutePath();
        report = new FaultReport(rate, tasks, data);
        long t0 = System.nanoTime();
        suite = FaultSuite.start(home, data, Map.of());
        report.note(String.format("suite started (all processes healthy) in %.0f s", (System.nanoTime() - t0) / 1e9));
        long t1 = System.nanoTime();
        plant = FaultPlant.build(suite, tasks, report::note);
        List<FaultPlant.Cycle> cycles = plant.awaitDueCycles(tasks);
        plant.awaitHubHoldsTasks(tasks, Duration.ofMinutes(6));
        report.note(String.format("enterprise %s (company code %s): %d tasks, %d due cycles, ready in %.0f s",
                plant.enterpriseId(), plant.companyCode(), tasks, cycles.size(), (System.nanoTime() - t1) / 1e9));
        List<Fault> faults = faults();
        int perFault = Math.max(1, cycles.size() / Math.max(1, faults.size()));
        report.note("each fault's load: at most " + perFault + " records (the due cycles shared out over " + faults.size()
                + " faults)");
        load = new InspectionLoad(plant, cycles, rate, 16, 5, perFault);
        downstream = new Downstream(plant, suite);
    }

    /** Every fault, or those named by {@code -Dfaults.only=a,b}. */
    static List<Fault> faults() {
        Set<String> only = Arrays.stream(System.getProperty("faults.only", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return Fault.all().stream().filter(f -> only.isEmpty() || only.contains(f.name())).toList();
    }

    @TestFactory
    Stream<DynamicTest> eachFaultLosesAndDuplicatesNothing() {
        return faults().stream()
                .map(f -> DynamicTest.dynamicTest(f.name() + ": " + f.what(),
                        () -> assertTimeoutPreemptively(FAULT_TIMEOUT, () -> run(f), () -> f.name() + " took longer than "
                                + FAULT_TIMEOUT.toMinutes() + " min")));
    }

    private void run(Fault fault) throws InterruptedException {
        FaultReport.Row row = report.begin(fault);
        try {
            load.start(fault.name());
            Thread.sleep(LEAD.toMillis());
            row.injected();
            fault.inject().apply(suite);
            Thread.sleep(fault.downFor().toMillis());
            row.restored();
            fault.restore().apply(suite);
            if (fault.process() != null) {
                awaitServing(fault.process(), Duration.ofSeconds(240));
            }
            row.back();
            Thread.sleep(LEAD.toMillis());
        } finally {
            load.stop(SETTLE);
        }
        Ledger ledger = load.ledger();
        Downstream.Tally tally = null;
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        while (System.nanoTime() < deadline) {
            tally = downstream.tally(ledger);
            if (tally.exact() || tally.duplicates() > 0) {
                break;
            }
            report.progress(fault, tally);
            Thread.sleep(3000);
        }
        List<String> notServing = awaitEveryProcessServing(Duration.ofSeconds(90));
        row.converged(tally, ledger, load.poolEmptied() || load.budgetReached(), notServing);
        report.print();

        List<Ledger.Sent> mine = ledger.ofFault(fault.name());
        assertThat(mine).as("records sent during %s", fault.name()).isNotEmpty();
        assertThat(mine).as("records refused (4xx) or never acknowledged during %s", fault.name())
                .allMatch(s -> s.outcome() == Ledger.Outcome.ACKNOWLEDGED);
        assertThat(notServing).as("processes not serving after %s", fault.name()).isEmpty();
        assertThat(tally.duplicates()).as("duplicates after %s: %s", fault.name(), tally.problems()).isZero();
        assertThat(tally.losses()).as("losses after %s: %s", fault.name(), tally.problems()).isZero();
        assertThat(tally.exact()).as("every place exact after %s: %s", fault.name(), tally.problems()).isTrue();
    }

    /** The processes still not alive and healthy after {@code timeout} (a health probe may time out on a busy machine). */
    private List<String> awaitEveryProcessServing(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> down = suite.notServing();
        while (!down.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(3000);
            down = suite.notServing();
        }
        return down;
    }

    private void awaitServing(String process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!suite.serves(process)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(process + " does not serve " + timeout.toSeconds() + " s after its restart; log:\n"
                        + suite.tail(process, 30));
            }
            Thread.sleep(1000);
        }
    }

    @AfterAll
    void writeReportAndStop() {
        try {
            if (report != null) {
                report.write(Path.of(System.getProperty("faults.report", "target/faults-report.md")));
                report.print();
            }
        } finally {
            if (downstream != null) {
                downstream.close();
            }
            if (suite != null) {
                suite.close();
            }
        }
    }
}
