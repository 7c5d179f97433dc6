package cn.dualprevention.bench.plant;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * 风险清单 — the bench plant's risk register as the .xlsx risk-service imports (first sheet, header row, one row per
 * control measure): units of an LNG tank farm, each with a few risk events assessed by LEC, each event with control
 * measures checked by people (管控方式 INSPECTION), so that each measure becomes one inspection task.
 */
public final class RiskRegisterWorkbook {

    static final List<String> HEADER = List.of("风险分析对象编码", "风险分析单元", "责任部门", "责任人", "经度", "纬度",
            "风险事件", "可能后果", "评价方法", "评价因素", "风险等级", "直接判定依据", "管控措施", "措施分类1", "措施分类2",
            "措施分类3", "管控方式", "排查内容", "管控层级");

    private static final String[] EVENTS = {"储罐泄漏", "储罐超压", "火灾爆炸", "低温冻伤"};
    private static final String[] CHECKS = {"液位高高报警联锁完好", "压力变送器示值正常", "可燃气体探测器在线",
            "消防水炮试喷正常", "安全阀铅封完好", "紧急切断阀动作正常"};

    private RiskRegisterWorkbook() {
    }

    /** One row of the register. */
    public record Row(List<String> cells) {
    }

    /**
     * The rows of units {@code firstUnit} .. {@code firstUnit + units - 1}, each with {@code measuresPerUnit} measures
     * spread over its risk events; every unit is named {@code 储罐区-<n>号罐} and lies under hazard code {@code hazardCode}.
     */
    public static List<Row> rows(String hazardCode, int firstUnit, int units, int measuresPerUnit) {
        List<Row> rows = new ArrayList<>(units * measuresPerUnit);
        for (int u = firstUnit; u < firstUnit + units; u++) {
            String unit = "储罐区-" + u + "号罐";
            for (int m = 0; m < measuresPerUnit; m++) {
                String event = EVENTS[m % EVENTS.length];
                String check = CHECKS[m % CHECKS.length];
                rows.add(new Row(List.of(hazardCode, unit, "储运车间", "张工", "113.7512", "34.7226", event,
                        "火灾爆炸、人员伤亡", "LEC", "L=3;E=6;C=7", "", "", check + "（第" + (m + 1) + "项）", "1", "1-4", "",
                        "INSPECTION", "检查" + check + "，记录读数（第" + (m + 1) + "项）", "WORKSHOP")));
            }
        }
        return rows;
    }

    /** The rows as an .xlsx workbook (header row first). */
    public static byte[] xlsx(List<Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "dp-bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("风险清单");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r).cells();
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        sheet.value(r + 1, c, cells.get(c));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
