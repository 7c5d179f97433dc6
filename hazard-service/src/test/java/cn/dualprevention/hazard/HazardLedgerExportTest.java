package cn.dualprevention.hazard;

import cn.dualprevention.platform.test.ApiClient;
import cn.dualprevention.platform.test.ServiceTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import static cn.dualprevention.hazard.HazardLoopApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The Excel ledger opens with a spreadsheet library: a header row, then one row per hazard with its history. */
@ServiceTest
class HazardLedgerExportTest {

    @LocalServerPort
    int port;

    @Test
    void theLedgerExportsOneRowPerHazardWithItsStatusHistory() throws Exception {
        String group = "group-" + UUID.randomUUID();
        String enterpriseId = "ent-" + UUID.randomUUID();
        ApiClient inspector = ApiClient.as("http://localhost:" + port, "wang.qiang", group).withRoles("INSPECTOR");
        ApiClient head = ApiClient.as("http://localhost:" + port, "zhao.lei", group).withRoles("DEPARTMENT_HEAD");
        String first = ok(inspector.post("/api/v1/hazards", HazardLoopApiTest.hazard(enterpriseId, "GENERAL"))).get("id").asString();
        ok(head.post("/api/v1/hazards/" + first + "/confirm", "{}"));
        ok(inspector.post("/api/v1/hazards/" + first + "/fix-on-the-spot", "{\"description\":\"当场紧固\"}"));
        ok(head.post("/api/v1/hazards/" + first + "/accept", "{\"comment\":\"复查合格\"}"));
        String second = ok(inspector.post("/api/v1/hazards", HazardLoopApiTest.majorHazard(enterpriseId))).get("id").asString();

        ApiClient manager = ApiClient.as("http://localhost:" + port, "li.na", group).withRoles("SAFETY_MANAGER");
        String export = "/api/v1/hazards/export.xlsx?enterpriseId=" + enterpriseId;
        ApiClient.Response response = manager.get(export);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(manager.getBytes(export)))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("隐患编号 id");
            Row major = rows.get(1);
            Row closed = rows.get(2);
            assertThat(major.getCellText(0)).isEqualTo(second);
            assertThat(major.getCellText(2)).isEqualTo("重大隐患");
            assertThat(major.getCellText(8)).isEqualTo("待确认");
            assertThat(major.getCellText(11)).as("named at registration").isEqualTo("张伟");
            assertThat(closed.getCellText(0)).isEqualTo(first);
            assertThat(closed.getCellText(9)).isEqualTo("9");
            assertThat(closed.getCellText(10)).isEqualTo("即查即改");
            assertThat(closed.getCellText(16)).isEqualTo("zhao.lei");
            assertThat(closed.getCellText(20).split("\n")).hasSize(4)
                    .satisfies(lines -> assertThat(lines[0]).contains("wang.qiang REGISTERED"))
                    .satisfies(lines -> assertThat(lines[3]).contains("zhao.lei ACCEPTED AWAITING_ACCEPTANCE → ACCEPTED (复查合格)"));
        }
    }
}
