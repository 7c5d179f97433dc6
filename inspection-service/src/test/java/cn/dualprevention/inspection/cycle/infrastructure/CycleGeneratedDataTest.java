package cn.dualprevention.inspection.cycle.infrastructure;

import cn.dualprevention.inspection.cycle.domain.CycleGenerated;
import cn.dualprevention.platform.events.EventJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated event's data written with the window as cached text must be, byte for byte, what the event mapper writes
 * for the domain's {@link CycleGenerated}: consumers (assessment-service's facts) read it as before.
 */
class CycleGeneratedDataTest {

    private final ObjectMapper mapper = new EventJson().mapper();

    @Test
    void writesExactlyTheJsonOfTheDomainEvent() {
        Instant whole = Instant.parse("2026-06-01T00:00:00Z");
        Instant millis = Instant.parse("2026-05-31T16:00:00.123Z");
        Instant nanos = Instant.parse("2026-06-01T12:00:00.000000001Z");
        List<CycleGenerated> events = List.of(
                new CycleGenerated("c-1", "t-1", "m-1", "unit-1", "ent-1", whole, whole.plusSeconds(3600), "OPERATIONAL",
                        7, List.of("zhao.lei", "孙丽"), "OPEN"),
                new CycleGenerated("c-2", "t-2", "m-2", null, "ent-1", millis, nanos, "ROUTINE", null, List.of(),
                        "SUSPENDED"));
        CycleGeneratedData.InstantText instants = new CycleGeneratedData.InstantText();
        for (CycleGenerated event : events) {
            assertThat(mapper.writeValueAsString(CycleGeneratedData.of(event, instants)))
                    .isEqualTo(mapper.writeValueAsString(event));
            JsonNode data = mapper.valueToTree(CycleGeneratedData.of(event, instants));
            JsonNode domain = mapper.valueToTree(event);
            assertThat(data).isEqualTo(domain);
        }
    }

    @Test
    void componentsAreTheDomainEventsInItsOrder() {
        assertThat(List.of(CycleGeneratedData.class.getRecordComponents()).stream().map(c -> c.getName()).toList())
                .isEqualTo(List.of(CycleGenerated.class.getRecordComponents()).stream().map(c -> c.getName()).toList());
    }

    @Test
    void anInstantIsWrittenOncePerBatch() {
        CycleGeneratedData.InstantText instants = new CycleGeneratedData.InstantText();
        String first = instants.of(Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(instants.of(Instant.parse("2026-06-01T00:00:00Z"))).isSameAs(first).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(instants.of(null)).isNull();
    }
}
