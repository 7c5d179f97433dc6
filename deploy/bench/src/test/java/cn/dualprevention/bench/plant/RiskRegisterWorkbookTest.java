package cn.dualprevention.bench.plant;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskRegisterWorkbookTest {

    @Test
    void oneRowPerInspectionMeasureUnderTheImportHeader() throws IOException {
        byte[] xlsx = RiskRegisterWorkbook.xlsx(RiskRegisterWorkbook.rows("123456789001", 4, 2, 3));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + 2 * 3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("风险分析对象编码");
            assertThat(rows.get(0).getCellText(18)).isEqualTo("管控层级");
            Row first = rows.get(1);
            assertThat(first.getCellText(1)).isEqualTo("储罐区-4号罐");
            assertThat(first.getCellText(16)).isEqualTo("INSPECTION");
            assertThat(rows.get(6).getCellText(1)).isEqualTo("储罐区-5号罐");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(12)).distinct()).hasSize(3);
        }
    }

    @Test
    void usccCheckCharacterOfAKnownCode() {
        // 91350100M000100Y43 is the standard's published example
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }
}
