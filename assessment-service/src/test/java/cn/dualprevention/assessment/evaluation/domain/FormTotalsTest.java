package cn.dualprevention.assessment.evaluation.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The foot of the Henan form: not-applicable points leave the total, vetoes make it D, bands are configurable. */
class FormTotalsTest {

    static List<ItemResult> allFull(String notApplicable, String lowered, double loweredScore) {
        List<ItemResult> items = new ArrayList<>();
        for (FormItem item : HenanForm.ITEMS) {
            if (item.code().equals(notApplicable)) {
                items.add(new ItemResult(item.code(), ItemResult.NOT_APPLICABLE, null, List.of(), "不涉及", "a"));
            } else if (item.code().equals(lowered)) {
                items.add(new ItemResult(item.code(), ItemResult.ENTERED, loweredScore, List.of(), "扣分", "a"));
            } else {
                items.add(new ItemResult(item.code(), ItemResult.ENTERED, (double) item.points(), List.of(), "ok", "a"));
            }
        }
        return items;
    }

    @Test
    void theFormAddsUpToOneHundred() {
        assertThat(HenanForm.ITEMS.stream().mapToInt(FormItem::points).sum()).isEqualTo(100);
        assertThat(HenanForm.ITEMS).hasSize(20);
    }

    @Test
    void notApplicableItemsLeaveTheTotal() {
        // 10 points not applicable, 8 lost of the other 90: 82 / 90 × 100 = 91.11 → A
        FormTotals totals = FormTotals.of(allFull("SYSTEM_USE", "INSPECTION", 0), List.of(), FormRules.defaults());
        assertThat(totals.notApplicable()).isEqualTo(10);
        assertThat(totals.raw()).isEqualTo(82.0);
        assertThat(totals.deducted()).isEqualTo(8.0);
        assertThat(totals.total()).isEqualTo(91.11);
        assertThat(totals.grade()).isEqualTo("A");
        assertThat(FormTotals.of(allFull("SYSTEM_USE", "INSPECTION", 0), List.of(), new FormRules(95, 80, 70)).grade()).isEqualTo("B");
    }

    @Test
    void aVetoMakesItDAndPendingItemsLeaveNoGrade() {
        FormTotals vetoed = FormTotals.of(allFull(null, null, 0), List.of(new FormVeto("MAJOR_ACCIDENT", "重大事故", "a")),
                FormRules.defaults());
        assertThat(vetoed.total()).isEqualTo(100.0);
        assertThat(vetoed.grade()).isEqualTo("D");
        List<ItemResult> pending = new ArrayList<>(allFull(null, null, 0));
        pending.set(0, new ItemResult("ORGANISATION", ItemResult.PENDING, null, List.of(), null, null));
        FormTotals open = FormTotals.of(pending, List.of(), FormRules.defaults());
        assertThat(open.pendingItems()).isEqualTo(1);
        assertThat(open.grade()).isNull();
        // B from 75, C from 60
        assertThat(FormRules.defaults().grade(74.99, false)).isEqualTo("C");
        assertThat(FormRules.defaults().grade(59.99, false)).isEqualTo("D");
    }
}
