package cn.dualprevention.risk.measure.domain;

import java.util.List;
import java.util.Map;

/** 管控措施分类 — the national classify1 / classify2 table (regulator-records.md, record 3). */
public final class MeasureClassification {

    /** classify1 → its classify2 codes: 1 工程技术, 2 维护保养, 3 操作行为, 4 应急措施. */
    public static final Map<String, List<String>> TABLE = Map.of(
            "1", List.of("1-1", "1-2", "1-3", "1-4", "1-5"),
            "2", List.of("2-1", "2-2", "2-3"),
            "3", List.of("3-1", "3-2", "3-3", "3-4"),
            "4", List.of("4-1", "4-2", "4-3", "4-4", "4-5"));

    private MeasureClassification() {
    }
}
