package cn.dualprevention.exchange.record.domain;

/** One regulator record: its type and its id (stable forever for the same business object). */
public record RecordRef(RecordType type, String id) {

    /** {@code <recordType>:<recordId>}, e.g. {@code riskUnit:0195…}. */
    public String key() {
        return type.specName() + ":" + id;
    }

    @Override
    public String toString() {
        return type.specName() + " " + id;
    }
}
