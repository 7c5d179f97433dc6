package cn.dualprevention.faults.support;

import java.time.Duration;
import java.util.List;

/**
 * One fault of the run: how it is injected, how long the suite stays without the part, how the part comes back
 * (the suite itself must do the rest: reconnect, redeliver, catch up) and which process must serve again.
 */
public record Fault(String name, String what, Action inject, Duration downFor, Action restore, String process) {

    /** Something done to the suite. */
    @FunctionalInterface
    public interface Action {
        void apply(FaultSuite suite);
    }

    /** No fault: the load and the checks alone (shows the checks pass on a quiet suite). */
    public static Fault baseline() {
        return new Fault("baseline", "no fault", s -> { }, Duration.ZERO, s -> { }, null);
    }

    /** kill -9, a few seconds without it, then started again as the launcher started it. */
    public static Fault kill9(String process) {
        return new Fault(process, "kill -9, restarted after 5 s", s -> s.kill9(process), Duration.ofSeconds(5),
                s -> s.restart(process), process);
    }

    /** The Kafka broker stopped (SIGTERM, controlled shutdown) for 15 s, then started again on its log dirs. */
    public static Fault kafka() {
        return new Fault(FaultSuite.KAFKA, "broker stopped for 15 s, started again", s -> s.stop(FaultSuite.KAFKA),
                Duration.ofSeconds(15), s -> s.restart(FaultSuite.KAFKA), FaultSuite.KAFKA);
    }

    /** mongo-java-server stopped (SIGTERM: its H2 file is closed cleanly) for 5 s, then started again on the file. */
    public static Fault mongo() {
        return new Fault(FaultSuite.MONGO, "mongo-java-server stopped for 5 s, started again", s -> s.stop(FaultSuite.MONGO),
                Duration.ofSeconds(5), s -> s.restart(FaultSuite.MONGO), FaultSuite.MONGO);
    }

    /**
     * The sandbox hub refuses connections for 30 s (its switchable fault "down", mode REFUSE: the port closes, then
     * reopens by itself). Stopping its process would lose what it holds (it keeps records in memory).
     */
    public static Fault sandboxDown() {
        return new Fault(FaultSuite.SANDBOX, "hub port closed 30 s (fault down/REFUSE)",
                s -> Api.at(s.sandboxUrl()).put("/admin/faults/down", "{\"mode\":\"REFUSE\",\"forMs\":30000}").expect(200),
                Duration.ofSeconds(30), s -> { }, FaultSuite.SANDBOX);
    }

    /** Every fault of issue 9, in the order of the run. */
    public static List<Fault> all() {
        return List.of(baseline(),
                kill9("risk-service"), kill9("inspection-service"), kill9("hazard-service"),
                kill9("assessment-service"), kill9("exchange-service"), kill9(FaultSuite.GATEWAY),
                kafka(), sandboxDown(), mongo());
    }
}
