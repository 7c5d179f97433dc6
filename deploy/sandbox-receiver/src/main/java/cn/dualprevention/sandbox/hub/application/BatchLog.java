package cn.dualprevention.sandbox.hub.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The latest batches (bounded; the oldest finished ones are forgotten first). */
public final class BatchLog {

    private final int maxKept;
    private final LinkedHashMap<String, Batch> batches = new LinkedHashMap<>();

    public BatchLog(int maxKept) {
        this.maxKept = maxKept;
    }

    synchronized void add(Batch batch) {
        batches.put(batch.batchId(), batch);
        Iterator<Map.Entry<String, Batch>> it = batches.entrySet().iterator();
        while (batches.size() > maxKept && it.hasNext()) {
            if (it.next().getValue().state() == Batch.State.DONE) {
                it.remove();
            }
        }
    }

    public synchronized Optional<Batch> find(String batchId) {
        return Optional.ofNullable(batches.get(batchId));
    }

    /** The latest first. */
    public synchronized List<Batch> recent(String profile, int limit) {
        List<Batch> all = new ArrayList<>(batches.values());
        Collections.reverse(all);
        return all.stream().filter(b -> profile == null || b.profile().equals(profile)).limit(limit).toList();
    }

    public synchronized void clear(String profile) {
        batches.values().removeIf(b -> b.state() == Batch.State.DONE
                && (profile == null || b.profile().equals(profile)));
    }
}
