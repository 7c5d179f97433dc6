package cn.dualprevention.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path dir;

    @Test
    void writesReadsAndTellsLiveFromStaleEntries() throws Exception {
        PidFile file = new PidFile(dir);
        PidFile.Entry me = PidFile.Entry.of("mongo", ProcessHandle.current(), 27017, dir.resolve("logs/mongo.log"));
        // A pid that exists but started at another time is not "our" process any more.
        PidFile.Entry reused = new PidFile.Entry("kafka", ProcessHandle.current().pid(), me.startMillis() - 3_600_000, 9092, "-");
        PidFile.Entry gone = new PidFile.Entry("gateway", Long.MAX_VALUE / 2, 1, 8080, "-");
        file.write(List.of(me, reused, gone));

        assertThat(file.read()).containsExactly(me, reused, gone);
        assertThat(file.alive()).containsExactly(me);
        assertThat(SuiteControl.status(dir, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))).isEqualTo(1);
        file.delete();
        assertThat(file.read()).isEmpty();
        assertThat(SuiteControl.status(dir, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))).isEqualTo(3);
    }
}
