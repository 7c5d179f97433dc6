package cn.dualprevention.inspection.cycle.domain;

import java.time.Instant;

/** 排查周期窗口 — one window in which an inspection must be done: [start, end). */
public record CycleWindow(Instant start, Instant end) {

    public CycleWindow {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a cycle window ends after it starts: " + start + " – " + end);
        }
    }

    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && (from == null || end.isAfter(from));
    }
}
