package cn.dualprevention.deploy.simulator;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The simulator on its own, against a suite that runs with a simulated clock ({@code DP_CLOCK_FILE}):
 * <pre>
 *   java -jar simulator.jar --clock-file deploy/local/data/sim-clock.properties [--gateway http://localhost:8080]
 *        [--issuer http://localhost:9000] [--minutes 4] [--seed 42] [--concurrency 6]
 * </pre>
 * ({@code deploy/local/run} runs it by itself after loading the demo; see deploy/local/README.md.)
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        String gateway = "http://localhost:8080";
        String issuer = "http://localhost:9000";
        Path clockFile = null;
        Simulator.Settings settings = Simulator.Settings.defaults();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--gateway" -> gateway = value;
                case "--issuer" -> issuer = value;
                case "--clock-file" -> clockFile = Path.of(value);
                case "--minutes" -> settings = settings.withDuration(Duration.ofMillis((long) (Double.parseDouble(value) * 60_000)));
                case "--seed" -> settings = settings.withSeed(Long.parseLong(value));
                case "--concurrency" -> settings = settings.withConcurrency(Integer.parseInt(value));
                default -> {
                    System.err.println("usage: simulator --clock-file FILE [--gateway URL] [--issuer URL] [--minutes M]"
                            + " [--seed N] [--concurrency N]");
                    System.exit(2);
                }
            }
            i++;
        }
        if (clockFile == null || !Files.isRegularFile(clockFile)) {
            System.err.println("the suite's clock file is needed (--clock-file; deploy/local/run --simulate-week writes"
                    + " <data>/sim-clock.properties)");
            System.exit(2);
        }
        new Simulator(new HttpApi(URI.create(gateway + "/"), URI.create(issuer)), new SimulatedTime(clockFile), settings,
                System.out).run();
    }
}
