package cn.dualprevention.bench.records;

import cn.dualprevention.bench.plant.BenchPlant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordPoolTest {

    private static final List<BenchPlant.OpenCycle> CYCLES = List.of(
            new BenchPlant.OpenCycle("c1", "u1", "bi-0000"), new BenchPlant.OpenCycle("c2", "u1", "bi-0001"));
    private static final Map<String, String> TOKENS = Map.of("bi-0000", "t0", "bi-0001", "t1");

    @Test
    void eachCycleGetsOneRecordFromItsAssignee() {
        RecordPool pool = new RecordPool(CYCLES, TOKENS, 60, false);

        RecordPool.Next first = pool.take();
        RecordPool.Next second = pool.take();

        JsonNode body = JsonMapper.builder().build().readTree(first.body());
        assertThat(body.get("cycleId").asString()).isEqualTo("c1");
        assertThat(body.get("qrToken").asString()).isEqualTo("u1");
        assertThat(body.get("status").asString()).isEqualTo("NORMAL");
        assertThat(first.authorization()).isEqualTo("Bearer t0");
        assertThat(second.authorization()).isEqualTo("Bearer t1");
        assertThat(pool.take()).isNull();
    }

    @Test
    void aRecyclingPoolSendsTheSameRecordsAgainWithTheirClientIds() {
        RecordPool pool = new RecordPool(CYCLES, TOKENS, 60, true);
        JsonMapper json = JsonMapper.builder().build();

        String firstClientId = json.readTree(pool.take().body()).get("clientId").asString();
        pool.take();
        JsonNode again = json.readTree(pool.take().body());

        assertThat(again.get("cycleId").asString()).isEqualTo("c1");
        assertThat(again.get("clientId").asString()).isEqualTo(firstClientId);
    }

    @Test
    void aPoolWhoseTimeIsOverHandsOutNothing() {
        RecordPool pool = new RecordPool(CYCLES, TOKENS, 0, true);
        pool.take(); // starts the clock
        assertThat(pool.take()).isNull();
    }
}
