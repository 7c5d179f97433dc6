package cn.dualprevention.bench.records;

import cn.dualprevention.bench.plant.BenchPlant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open cycles handed out one per record, each at most once (a cycle takes one record), until the pool is used up
 * or its time is over. A recycling pool (the warm-up's) starts over when used up: the records it sends again
 * keep their client id and are answered 200 DUPLICATE.
 */
public final class RecordPool {

    private final List<BenchPlant.OpenCycle> cycles;
    private final Map<String, String> tokens;
    private final boolean recycling;
    private final long seconds;
    private final String[] clientIds;
    private final AtomicInteger next = new AtomicInteger();
    private volatile long deadlineNanos;

    public RecordPool(List<BenchPlant.OpenCycle> cycles, Map<String, String> tokens, long seconds, boolean recycling) {
        this.cycles = List.copyOf(cycles);
        this.tokens = tokens;
        this.seconds = seconds;
        this.recycling = recycling;
        this.clientIds = new String[cycles.size()];
    }

    /** The next record to send (JSON body and the assignee's bearer header), or null when the phase is over. */
    public Next take() {
        long now = System.nanoTime();
        synchronized (this) {
            if (deadlineNanos == 0) {
                deadlineNanos = now + seconds * 1_000_000_000L;
            }
        }
        if (now > deadlineNanos || cycles.isEmpty()) {
            return null;
        }
        int i = next.getAndIncrement();
        if (i >= cycles.size()) {
            if (!recycling) {
                return null;
            }
            i %= cycles.size();
        }
        BenchPlant.OpenCycle cycle = cycles.get(i);
        String clientId;
        synchronized (clientIds) {
            if (clientIds[i] == null) {
                clientIds[i] = UUID.randomUUID().toString();
            }
            clientId = clientIds[i];
        }
        return new Next(body(clientId, cycle, Instant.now()), "Bearer " + tokens.get(cycle.inspector()));
    }

    public int size() {
        return cycles.size();
    }

    /** An inspector's phone record: checked NORMAL now, at the unit (QR and GPS), no photo. */
    static String body(String clientId, BenchPlant.OpenCycle cycle, Instant checkTime) {
        return """
                {"clientId":"%s","cycleId":"%s","status":"NORMAL","checkTime":"%s","deviceId":"BENCH-PHONE-01","qrToken":"%s",\
                "longitude":113.7513,"latitude":34.7227,"remarks":"液位、压力正常"}""".formatted(clientId, cycle.cycleId(),
                checkTime, cycle.unitId());
    }

    /** One record to send. */
    public record Next(String body, String authorization) {
    }
}
