package cn.dualprevention.assessment.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The foot of the form: 扣分项分值合计 (points lost on applicable items), 不涉及项分值合计 (points of not-applicable
 * items), the raw sum, and 评估总分 = raw ÷ (100 − not applicable) × 100; grade A–D, D when a veto holds. While
 * items are pending the totals are provisional and there is no grade.
 */
public record FormTotals(double deducted, int notApplicable, double raw, double total, int pendingItems,
                         boolean vetoed, String grade) {

    public static FormTotals of(List<ItemResult> items, List<FormVeto> vetoes, FormRules rules) {
        Map<String, ItemResult> byCode = items.stream().collect(Collectors.toMap(ItemResult::code, Function.identity()));
        double raw = 0;
        double deducted = 0;
        int na = 0;
        int pending = 0;
        for (FormItem item : HenanForm.ITEMS) {
            ItemResult r = byCode.get(item.code());
            if (r == null || ItemResult.PENDING.equals(r.status())) {
                pending++;
            } else if (ItemResult.NOT_APPLICABLE.equals(r.status())) {
                na += item.points();
            } else {
                raw += r.score();
                deducted += item.points() - r.score();
            }
        }
        int applicable = 100 - na;
        double total = applicable == 0 ? 0 : round(raw / applicable * 100);
        boolean vetoed = !vetoes.isEmpty();
        return new FormTotals(round(deducted), na, round(raw), total, pending, vetoed,
                pending > 0 ? null : rules.grade(total, vetoed));
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
