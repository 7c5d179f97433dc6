package cn.dualprevention.risk.riskregister.domain;

import java.util.List;

/** One row of the risk register: a measure of an event of a unit (cells as text, in {@link RegisterColumn} order; empty cells are null). */
public record RegisterRow(int rowNumber, List<String> cells) {

    public RegisterRow {
        cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    public String get(RegisterColumn column) {
        if (column.ordinal() >= cells.size()) {
            return null;
        }
        String value = cells.get(column.ordinal());
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Rows of the same unit share its code and name. */
    public String unitKey() {
        return get(RegisterColumn.HAZARD_CODE) + "\u0000" + get(RegisterColumn.UNIT_NAME);
    }
}
