package cn.dualprevention.assessment.rankings.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 排名 — enterprises or plants of a group ranked on one indicator, with the change against the previous period. */
public final class Ranking {

    private Ranking() {
    }

    /**
     * One enterprise's or plant's line ({@code id} the enterprise or the plant, {@code enterpriseId} its enterprise);
     * ranks start at 1, equal values share a rank; no value ranks last; {@code rankChange} > 0 means it climbed.
     */
    public record Line(int rank, String id, String enterpriseId, String name, Double value, Integer previousRank,
                       Double previousValue, Integer rankChange, Double valueChange) {
    }

    public record Entry(String id, String enterpriseId, String name, Double value) {
    }

    public static List<Line> rank(List<Entry> current, List<Entry> previous, boolean higherIsBetter) {
        Map<String, Integer> ranksBefore = ranks(previous, higherIsBetter);
        Map<String, Double> valuesBefore = new HashMap<>();
        previous.forEach(e -> valuesBefore.put(e.id(), e.value()));
        Map<String, Integer> ranksNow = ranks(current, higherIsBetter);
        List<Line> lines = new ArrayList<>();
        for (Entry e : sorted(current, higherIsBetter)) {
            Integer before = e.value() == null ? null : ranksBefore.get(e.id());
            Double valueBefore = valuesBefore.get(e.id());
            int now = ranksNow.get(e.id());
            lines.add(new Line(now, e.id(), e.enterpriseId(), e.name(), e.value(), before, valueBefore,
                    before == null ? null : before - now,
                    e.value() == null || valueBefore == null ? null
                            : BigDecimal.valueOf(e.value() - valueBefore).setScale(4, RoundingMode.HALF_UP).doubleValue()));
        }
        return lines;
    }

    private static List<Entry> sorted(List<Entry> entries, boolean higherIsBetter) {
        Comparator<Double> byValue = higherIsBetter ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return entries.stream().sorted(Comparator.comparing(Entry::value, Comparator.nullsLast(byValue))
                .thenComparing(Entry::id)).toList();
    }

    private static Map<String, Integer> ranks(List<Entry> entries, boolean higherIsBetter) {
        Map<String, Integer> ranks = new HashMap<>();
        List<Entry> sorted = sorted(entries, higherIsBetter);
        int rank = 0;
        Double last = null;
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            if (i == 0 || e.value() == null || !e.value().equals(last)) {
                rank = i + 1;
            }
            last = e.value();
            ranks.put(e.id(), rank);
        }
        return ranks;
    }
}
