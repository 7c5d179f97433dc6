package cn.dualprevention.inspection.unitstop.infrastructure;

import cn.dualprevention.inspection.cycle.domain.StoppedUnits;
import cn.dualprevention.platform.outbox.AggregateStore;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Gives the benchmarks the service's own unit-stop store (package-private in production). */
public final class UnitStopsForBenchmark {

    private UnitStopsForBenchmark() {
    }

    public static StoppedUnits mongo(MongoTemplate mongo, AggregateStore store) {
        return new MongoUnitStops(mongo, store);
    }
}
