package cn.dualprevention.sandbox.hub.domain;

/** Counts of one profile, record type and enterprise. */
public record SummaryRow(String profile, RecordType type, String companyCode, long held, long deleted,
                         long received, long accepted, long rejected, long updates, long duplicates) {
}
