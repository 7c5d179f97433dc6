package cn.dualprevention.assessment.facts.infrastructure;

import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.inbox.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The incremental path: every risk, inspection and hazard event this service reads lands in the fact collections. */
@Component
class FactHandler implements EventHandler {

    private final Generations generations;
    private final FactWriter writer;

    FactHandler(Generations generations, FactWriter writer) {
        this.generations = generations;
        this.writer = writer;
    }

    @Override
    public Set<String> eventTypes() {
        return FactProjection.TYPES;
    }

    @Override
    public void handle(EventEnvelope event) {
        List<FactWrite> writes = FactProjection.writes(event);
        for (int generation : generations.targets()) {
            writes.forEach(write -> writer.apply(generation, write));
        }
    }
}
