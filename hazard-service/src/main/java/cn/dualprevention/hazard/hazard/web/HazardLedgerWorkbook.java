package cn.dualprevention.hazard.hazard.web;

import cn.dualprevention.hazard.hazard.domain.Hazard;
import cn.dualprevention.hazard.hazard.domain.HistoryEntry;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** 隐患台账 — the hazard ledger as an .xlsx workbook: one row per hazard, its status history in the last column. */
final class HazardLedgerWorkbook {

    static final List<String> HEADERS = List.of("隐患编号 id", "隐患名称 name", "隐患等级 level", "隐患来源 source",
            "隐患类型 type", "风险分析单元 unit", "风险分析对象编码 hazardCode", "责任部门 department", "状态 state",
            "国家状态 dangerState", "治理方式 manageType", "责任人 liablePerson", "整改期限 deadline",
            "原整改期限 originalDeadline", "登记人 registrant", "登记时间 registTime", "验收人 acceptPerson",
            "验收时间 acceptTime", "验收意见 acceptComment", "超期 overdue", "状态记录 history");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private HazardLedgerWorkbook() {
    }

    static void write(List<Hazard> hazards, Predicate<Hazard> overdue, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "dual-prevention hazard-service", "1.0");
        Worksheet sheet = workbook.newWorksheet("隐患台账");
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, HEADERS.get(c));
        }
        sheet.range(0, 0, 0, HEADERS.size() - 1).style().bold().set();
        int row = 1;
        for (Hazard h : hazards) {
            Object[] cells = {h.id(), h.finding().name(), h.finding().level().chineseName(), h.finding().source().chineseName(),
                    h.finding().hazardType().chineseName(), h.origin().unitName(), h.origin().hazardCode(),
                    h.origin().department(), h.state().chineseName(), h.state().nationalCode().orElse(""),
                    h.manageType() == null ? "" : h.manageType().chineseName(),
                    h.liablePerson(), h.deadline(), h.originalDeadline(), h.registrant(),
                    TIME.format(h.registTime()), h.acceptance() == null ? "" : h.acceptance().by(),
                    h.acceptance() == null ? "" : TIME.format(h.acceptance().at()),
                    h.acceptance() == null ? "" : h.acceptance().comment(), overdue.test(h) ? "是" : "否",
                    history(h.history())};
            for (int c = 0; c < cells.length; c++) {
                sheet.value(row, c, cells[c] == null ? "" : cells[c].toString());
            }
            sheet.style(row, cells.length - 1).wrapText(true).set();
            row++;
        }
        sheet.width(HEADERS.size() - 1, 80);
        workbook.finish();
    }

    private static String history(List<HistoryEntry> history) {
        return history.stream().map(e -> TIME.format(e.at()) + " " + e.actor() + " " + e.step() + " "
                        + (e.fromState() == null ? "" : e.fromState() + " → ") + e.toState()
                        + (e.note() == null ? "" : " (" + e.note() + ")"))
                .collect(Collectors.joining("\n"));
    }
}
