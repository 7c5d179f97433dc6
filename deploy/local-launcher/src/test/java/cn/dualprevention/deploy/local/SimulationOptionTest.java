package cn.dualprevention.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code deploy/local/run}'s simulation options: a simulated week by default, off on request. */
class SimulationOptionTest {

    static LocalSuite.Simulation parse(Map<String, String> env, String... options) {
        return LocalLauncher.simulation(new ArrayList<>(List.of(options)), env, false);
    }

    @Test
    void aWeekInFourMinutesIsTheDefault() {
        assertThat(parse(Map.of())).isEqualTo(new LocalSuite.Simulation(7, Duration.ofMinutes(4), 42));
        assertThat(parse(Map.of(), "--simulate-week")).isEqualTo(LocalSuite.Simulation.week());
        assertThat(parse(Map.of("DP_SIMULATE", "week"))).isEqualTo(LocalSuite.Simulation.week());
    }

    @Test
    void offWithTheOptionTheEnvironmentOrWhenThereIsNoDemoToPlayWith() {
        assertThat(parse(Map.of(), "--no-simulation")).isNull();
        assertThat(parse(Map.of("DP_SIMULATE", "off"))).isNull();
        assertThat(parse(Map.of("DP_SIMULATE", "off"), "--simulate-week")).isNotNull();
        assertThat(LocalLauncher.simulation(new ArrayList<>(), Map.of(), true)).isNull();
    }

    @Test
    void durationAndSeedFromTheEnvironment() {
        assertThat(parse(Map.of("DP_SIMULATE_MINUTES", "2.5", "DP_SIMULATE_SEED", "7")))
                .isEqualTo(new LocalSuite.Simulation(7, Duration.ofSeconds(150), 7));
        assertThatThrownBy(() -> parse(Map.of("DP_SIMULATE_MINUTES", "soon"))).hasMessageContaining("DP_SIMULATE_MINUTES");
        assertThatThrownBy(() -> parse(Map.of("DP_SIMULATE_MINUTES", "0"))).hasMessageContaining("DP_SIMULATE_MINUTES");
        assertThatThrownBy(() -> parse(Map.of("DP_SIMULATE", "maybe"))).hasMessageContaining("DP_SIMULATE");
    }

    @Test
    void theOptionsAreConsumedAndContradictingOnesRefused() {
        List<String> options = new ArrayList<>(List.of("--simulate-week", "--detach"));
        LocalLauncher.simulation(options, Map.of(), false);
        assertThat(options).containsExactly("--detach");
        assertThatThrownBy(() -> parse(Map.of(), "--simulate-week", "--no-simulation")).hasMessageContaining("exclude");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = LocalLauncher.run(new String[]{"start", "--simulate-week", "--no-simulation"}, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("exclude each other", "--no-simulation");
    }
}
