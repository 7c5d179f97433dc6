package cn.dualprevention.risk.riskregister.infrastructure;

import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.risk.riskregister.domain.RegisterRow;
import cn.dualprevention.risk.riskregister.domain.RiskRegisterFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The risk register as an .xlsx workbook (FastExcel). */
@Component
class ExcelRiskRegister implements RiskRegisterFile {

    @Override
    public List<RegisterRow> read(InputStream in) {
        List<Row> rows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(in); Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            rows = stream.filter(r -> r.getRowNum() > 1).toList();
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException("file", "xlsx", "not a readable .xlsx workbook (" + e.getClass().getSimpleName() + ")");
        }
        List<RegisterRow> result = new ArrayList<>();
        rows.forEach(r -> {
                List<String> cells = new ArrayList<>();
                boolean empty = true;
                for (int i = 0; i < r.getCellCount(); i++) {
                    String text = r.hasCell(i) ? r.getCellText(i) : null;
                    cells.add(text);
                    empty &= text == null || text.isBlank();
                }
                if (!empty) {
                    result.add(new RegisterRow(r.getRowNum(), cells));
                }
            });
        return result;
    }

    @Override
    public void write(OutputStream out, List<Sheet> sheets) {
        try {
            Workbook workbook = new Workbook(out, "dual-prevention risk-service", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(sheet.name());
                for (int c = 0; c < sheet.headers().size(); c++) {
                    ws.value(0, c, sheet.headers().get(c));
                    ws.style(0, c).bold().set();
                }
                for (int r = 0; r < sheet.rows().size(); r++) {
                    List<String> row = sheet.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        if (row.get(c) != null) {
                            ws.value(r + 1, c, row.get(c));
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
