package cn.dualprevention.risk.riskregister.domain;

/** Why a row was rejected: row number (as the spreadsheet shows it), column letter and header, rule, message. */
public record RowProblem(int row, String column, String header, String rule, String message) {
}
