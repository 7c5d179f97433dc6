package cn.dualprevention.risk.riskregister.domain;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** The spreadsheet form of the risk register (read the first sheet; write named sheets of text rows). */
public interface RiskRegisterFile {

    /** The data rows of the first sheet (the header row skipped, empty rows left out). */
    List<RegisterRow> read(InputStream workbook);

    /** Writes sheets in order; each has a header row and then its rows. */
    void write(OutputStream out, List<Sheet> sheets);

    /** A sheet to write. */
    record Sheet(String name, List<String> headers, List<List<String>> rows) {
    }
}
