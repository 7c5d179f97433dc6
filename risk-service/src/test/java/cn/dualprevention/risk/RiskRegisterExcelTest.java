package cn.dualprevention.risk;

import cn.dualprevention.platform.test.ApiClient;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskRegisterExcelTest extends ApiTestSupport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> HEADERS = List.of("风险分析对象编码", "风险分析单元", "责任部门", "责任人", "经度", "纬度",
            "风险事件", "可能后果", "评价方法", "评价因素", "风险等级", "直接判定依据", "管控措施", "措施分类1", "措施分类2",
            "措施分类3", "管控方式", "排查内容", "管控层级");

    @Test
    void anEmptyOrOversizedUploadIsA400AndNothingIsRead() {
        String enterpriseId = registerEnterprise("410100091", "91410100MA47XLT05R");
        String path = "/api/v1/risk-register/import?enterpriseId=" + enterpriseId;
        assertThat(safetyManager.postBytes(path, XLSX, new byte[0]).firstError()).isEqualTo("body/required");
        assertThat(safetyManager.postBytes(path, XLSX, new byte[20 * 1024 * 1024 + 1]).firstError()).isEqualTo("body/max-size");
        assertThat(safetyManager.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json().size()).isZero();
    }

    @Test
    void aRegisterOfTwoHundredUnitsImportsBadUnitsAreReportedAndTheListsRoundTrip() throws IOException {
        String enterpriseId = registerEnterprise("410100017", "91410100MA46RTK072");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            String code = "A-%03d".formatted(i);
            rows.add(List.of(code, "储罐" + i, "储运部", "张伟", "113.75", "34.72", "储罐泄漏着火", "人员伤亡", "LEC", "L=3;E=6;C=7",
                    "", "", "液位高高联锁", "1", "1-4", "联锁", "INSPECTION", "检查联锁投用", "WORKSHOP"));
            if (i % 50 == 0) {
                rows.add(List.of(code, "储罐" + i, "储运部", "张伟", "113.75", "34.72", "安全阀失效超压", "", "DIRECT", "",
                        "MAJOR", "重大危险源安全阀缺失", "安全阀定期校验", "2", "2-2", "", "AUTOMATED_MONITORING", "", "COMPANY"));
            }
        }
        // a unit whose second row puts 1-4 under 4: nothing of it may be imported (sheet rows 2 + 204 = 206, 207)
        rows.add(List.of("B-001", "坏单元甲", "储运部", "张伟", "", "", "泄漏", "", "LS", "L=2;S=3", "", "", "巡检", "3", "3-1", "",
                "INSPECTION", "检查", "TEAM"));
        rows.add(List.of("B-001", "坏单元甲", "储运部", "张伟", "", "", "泄漏", "", "LS", "L=2;S=3", "", "", "应急", "4", "1-4", "",
                "INSPECTION", "检查", "TEAM"));
        rows.add(List.of("B-002", "坏单元乙", "储运部", "张伟", "", "", "泄漏", "", "LEC", "L=3;E=4;C=15", "", "", "巡检", "3",
                "3-1", "", "INSPECTION", "检查", "TEAM"));

        ApiClient.Response imported = safetyManager.postBytes("/api/v1/risk-register/import?enterpriseId=" + enterpriseId, XLSX, workbook(rows));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.get("importedUnits").asInt()).isEqualTo(200);
        assertThat(report.get("importedEvents").asInt()).isEqualTo(204);
        assertThat(report.get("rejectedUnits").size()).isEqualTo(2);
        List<String> problems = new ArrayList<>();
        report.get("problems").forEach(p -> problems.add(p.get("row").asInt() + "/" + p.get("column").asString() + "/" + p.get("rule").asString()));
        assertThat(problems).containsExactly("207/O/code", "208/J/factor-table");
        assertThat(safetyManager.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json().size()).isEqualTo(200);

        byte[] exported = safetyManager.getBytes("/api/v1/risk-register/export?enterpriseId=" + enterpriseId);
        List<List<String>> firstExport = sheet(exported, 0);
        assertThat(firstExport).hasSize(204);
        assertThat(firstExport.get(49).get(10)).isEqualTo("GENERAL");
        assertThat(firstExport.get(50).get(10)).isEqualTo("MAJOR");
        assertThat(firstExport.get(50).get(11)).isEqualTo("重大危险源安全阀缺失");
        List<List<String>> measureList = sheet(exported, 1);
        assertThat(measureList).hasSize(204);
        assertThat(measureList.get(0)).containsExactly("储罐1", "储罐泄漏着火", "液位高高联锁", "1", "1-4", "联锁", "INSPECTION",
                "WORKSHOP");
        assertThat(measureList.get(50)).containsExactly("储罐50", "安全阀失效超压", "安全阀定期校验", "2", "2-2", "",
                "AUTOMATED_MONITORING", "COMPANY");
        List<List<String>> inspectionList = sheet(exported, 2);
        assertThat(inspectionList).hasSize(200);
        assertThat(inspectionList.get(0)).containsExactly("储罐1", "储罐泄漏着火", "液位高高联锁", "检查联锁投用", "WORKSHOP");

        String copyId = registerEnterprise("410100018", "91410100MA46RTK085");
        ApiClient.Response reimported = safetyManager.postBytes("/api/v1/risk-register/import?enterpriseId=" + copyId, XLSX, exported);
        assertThat(reimported.json().get("problems").size()).as(reimported.body()).isZero();
        assertThat(reimported.json().get("importedUnits").asInt()).isEqualTo(200);
        assertThat(sheet(safetyManager.getBytes("/api/v1/risk-register/export?enterpriseId=" + copyId), 0)).isEqualTo(firstExport);
    }

    @Test
    void thePostRiskNoticeCardListsTheRisksMeasuresAndEmergencyActionsOfThePost() throws IOException {
        String enterpriseId = registerEnterprise("410100019", "91410100MA46RTK098");
        String departmentId = safetyManager.post("/api/v1/org/units", "{\"enterpriseId\":\"" + enterpriseId
                + "\",\"kind\":\"DEPARTMENT\",\"name\":\"储运部\"}").json().get("id").asString();
        String postId = safetyManager.post("/api/v1/org/posts", "{\"enterpriseId\":\"" + enterpriseId + "\",\"departmentId\":\""
                + departmentId + "\",\"name\":\"储罐操作工\"}").json().get("id").asString();
        safetyManager.postBytes("/api/v1/risk-register/import?enterpriseId=" + enterpriseId, XLSX, workbook(List.of(
                List.of("C-001", "1#储罐", "储运部", "张伟", "", "", "储罐泄漏着火", "人员伤亡", "LS", "L=4;S=5", "", "", "巡检",
                        "3", "3-2", "", "INSPECTION", "检查", "POST"))));
        String unitId = safetyManager.get("/api/v1/risk-units?enterpriseId=" + enterpriseId).json().get(0).get("id").asString();
        String eventId = safetyManager.get("/api/v1/risk-events?unitId=" + unitId).json().get(0).get("id").asString();
        for (String[] m : new String[][]{{"3", "3-1", "持证上岗，按操作规程装卸"}, {"4", "4-2", "佩戴空气呼吸器撤离并关闭紧急切断阀"}}) {
            ApiClient.Response created = safetyManager.post("/api/v1/control-measures", """
                    {"riskEventId":"%s","controlMode":"INSPECTION","description":"%s","classify1":"%s","classify2":"%s",
                     "troubleshootContent":"检查","controlLevel":"POST","responsiblePostId":"%s"}"""
                    .formatted(eventId, m[2], m[0], m[1], postId));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }

        List<List<String>> cards = sheet(safetyManager.getBytes("/api/v1/risk-register/export?enterpriseId=" + enterpriseId), 3);
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0)).containsExactly(postId, "储罐操作工", "1#储罐", "储罐泄漏着火", "重大风险", "人员伤亡",
                "持证上岗，按操作规程装卸", "佩戴空气呼吸器撤离并关闭紧急切断阀", "报告 储运部 张伟");
    }

    static byte[] workbook(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("风险清单");
        for (int c = 0; c < HEADERS.size(); c++) {
            ws.value(0, c, HEADERS.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    ws.value(r + 1, c, rows.get(r).get(c));
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    static List<List<String>> sheet(byte[] xlsx, int index) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : wb.getSheet(index).orElseThrow().read()) {
                if (row.getRowNum() == 1) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.hasCell(c) ? row.getCellText(c) : "");
                }
                rows.add(cells);
            }
            return rows;
        }
    }

}
