package cn.dualprevention.assessment.evaluation.infrastructure;

import cn.dualprevention.assessment.evaluation.domain.Evaluation;
import cn.dualprevention.assessment.evaluation.domain.FormItem;
import cn.dualprevention.assessment.evaluation.domain.FormTotals;
import cn.dualprevention.assessment.evaluation.domain.FormVeto;
import cn.dualprevention.assessment.evaluation.domain.HenanForm;
import cn.dualprevention.assessment.evaluation.domain.ItemResult;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes an evaluation in the layout of annex 1 of seed 003: title, 评定等级, the columns 评估指标 / 评估要点 /
 * 标准分值 / 评估记录 / 扣分 / 否决项 with each area's cells merged, and the foot 扣分项分值合计 / 不涉及项分值合计 /
 * 评估总分 / 评估人员签字.
 */
@Component
public class EvaluationWorkbook {

    public byte[] write(Evaluation evaluation, FormTotals totals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "dual-prevention assessment-service", "1.0");
            Worksheet ws = workbook.newWorksheet("效能评估信息表");
            ws.width(0, 22);
            ws.width(1, 22);
            ws.width(2, 10);
            ws.width(3, 60);
            ws.width(4, 8);
            ws.width(5, 30);
            ws.value(0, 0, evaluation.enterpriseName() + " (签章) " + HenanForm.TITLE);
            ws.range(0, 0, 0, 5).merge();
            ws.style(0, 0).bold().set();
            ws.value(1, 0, "评定等级: " + (totals.grade() == null ? "(待评)" : totals.grade()));
            ws.value(1, 3, "评估期间: " + evaluation.from() + " 至 " + evaluation.to());
            String[] header = {"评估指标", "评估要点", "标准分值", "评估记录", "扣分", "否决项"};
            for (int c = 0; c < header.length; c++) {
                ws.value(2, c, header[c]);
                ws.style(2, c).bold().set();
            }
            Map<String, ItemResult> results = evaluation.items().stream().collect(Collectors.toMap(ItemResult::code, Function.identity()));
            int row = 3;
            String area = null;
            int areaStart = row;
            for (FormItem item : HenanForm.ITEMS) {
                if (!item.area().equals(area)) {
                    if (area != null && row - 1 > areaStart) {
                        ws.range(areaStart, 0, row - 1, 0).merge();
                    }
                    area = item.area();
                    areaStart = row;
                    ws.value(row, 0, item.area() + " (" + item.areaPoints() + "分)");
                }
                ItemResult r = results.get(item.code());
                ws.value(row, 1, item.name());
                ws.value(row, 2, item.points() + "分");
                ws.value(row, 3, record(r));
                if (r != null && r.score() != null) {
                    ws.value(row, 4, item.points() - r.score());
                } else if (r != null && ItemResult.NOT_APPLICABLE.equals(r.status())) {
                    ws.value(row, 4, "不涉及");
                }
                row++;
            }
            if (row - 1 > areaStart) {
                ws.range(areaStart, 0, row - 1, 0).merge();
            }
            ws.value(3, 5, evaluation.vetoes().stream().map(v -> v.code() + ": " + v.note()).collect(Collectors.joining("\n")));
            ws.range(3, 5, row - 1, 5).merge();
            ws.value(row, 0, "扣分项分值合计: " + totals.deducted());
            ws.value(row, 2, "不涉及项分值合计: " + totals.notApplicable());
            ws.value(row, 3, "评估总分: " + totals.total());
            ws.value(row, 5, "评估人员签字:");
            ws.value(row + 1, 0, "注: 1. 主要涉及扣分内容要在评估记录中具体体现。 2. 此表可另加附页。");
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String record(ItemResult r) {
        if (r == null || ItemResult.PENDING.equals(r.status())) {
            return "(待评估)";
        }
        StringBuilder text = new StringBuilder();
        List<String> evidence = r.evidence();
        if (!evidence.isEmpty()) {
            text.append(String.join("; ", evidence.subList(0, Math.min(5, evidence.size()))));
        }
        if (r.note() != null) {
            if (!text.isEmpty()) {
                text.append(" | ");
            }
            text.append(r.note()).append(r.assessor() == null ? "" : " (" + r.assessor() + ")");
        }
        return text.toString();
    }

    static String vetoes(List<FormVeto> vetoes) {
        return vetoes.stream().map(FormVeto::code).collect(Collectors.joining(", "));
    }
}
