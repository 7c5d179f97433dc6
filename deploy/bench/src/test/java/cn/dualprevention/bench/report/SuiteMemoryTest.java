package cn.dualprevention.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteMemoryTest {

    @Test
    void readsVmRssOfEveryLiveProcessOfThePidFileButTheLauncher(@TempDir Path dir) throws IOException {
        Path proc = dir.resolve("proc");
        status(proc, 101, "Name:\tjava\nVmPeak:\t 900000 kB\nVmRSS:\t  412345 kB\nThreads:\t40\n");
        status(proc, 102, "Name:\tjava\nVmRSS:\t 98765 kB\n");
        status(proc, 100, "Name:\tjava\nVmRSS:\t 55555 kB\n");
        Path pidFile = dir.resolve("suite.pid");
        Files.writeString(pidFile, """
                launcher 100 1700000000000 0 -
                gateway 101 1700000000000 8080 /data/logs/gateway.log
                kafka 102 1700000000000 9092 /data/logs/kafka.log
                risk-service 103 1700000000000 8081 /data/logs/risk-service.log
                """);

        assertThat(SuiteMemory.residentKib(pidFile, proc)).containsExactly(
                java.util.Map.entry("gateway", 412345L), java.util.Map.entry("kafka", 98765L));
    }

    @Test
    void vmRssIsInKib() {
        assertThat(SuiteMemory.vmRssKib(List.of("VmHWM:\t 2 kB", "VmRSS:\t 1234 kB"))).isEqualTo(1234);
    }

    private static void status(Path proc, int pid, String text) throws IOException {
        Files.createDirectories(proc.resolve(Integer.toString(pid)));
        Files.writeString(proc.resolve(Integer.toString(pid)).resolve("status"), text);
    }
}
