package cn.dualprevention.assessment.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 效能评估 — one enterprise's Henan efficiency assessment over a period: the twenty items (computed or entered),
 * the veto items and the totals. Changes return a new evaluation.
 */
public record Evaluation(String id, long version, String groupId, String enterpriseId, String enterpriseName,
                         LocalDate from, LocalDate to, Instant createdAt, List<ItemResult> items, List<FormVeto> vetoes) {

    public Evaluation {
        items = List.copyOf(items);
        vetoes = List.copyOf(vetoes);
    }

    public FormTotals totals(FormRules rules) {
        return FormTotals.of(items, vetoes, rules);
    }

    /**
     * An assessor's entry on an item: a score between 0 and its points with a note (评估记录), or "not applicable"
     * (不涉及) with a note saying why. A computed item may be overridden the same way; its evidence stays.
     */
    public Evaluation enter(String code, Double score, boolean notApplicable, String note, String assessor) {
        FormItem item = HenanForm.item(code);
        if (item == null) {
            throw new IllegalArgumentException("unknown item " + code);
        }
        List<ItemResult> changed = new ArrayList<>();
        for (ItemResult r : items) {
            if (!r.code().equals(code)) {
                changed.add(r);
            } else if (notApplicable) {
                changed.add(new ItemResult(code, ItemResult.NOT_APPLICABLE, null, r.evidence(), note, assessor));
            } else {
                changed.add(new ItemResult(code, ItemResult.ENTERED, score, r.evidence(), note, assessor));
            }
        }
        return new Evaluation(id, version + 1, groupId, enterpriseId, enterpriseName, from, to, createdAt, changed, vetoes);
    }

    public Evaluation veto(FormVeto veto) {
        List<FormVeto> changed = new ArrayList<>(vetoes);
        changed.add(veto);
        return new Evaluation(id, version + 1, groupId, enterpriseId, enterpriseName, from, to, createdAt, items, changed);
    }
}
