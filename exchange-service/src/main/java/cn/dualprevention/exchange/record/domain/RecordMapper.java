package cn.dualprevention.exchange.record.domain;

import java.util.Set;

/**
 * Turns what a source service said about one business object into its regulator record. One small mapper
 * per record type; keeping, versioning, holding and publishing are the same for all of them.
 */
public abstract class RecordMapper {

    private final RecordType type;
    private final String idField;
    private final Set<String> eventTypes;
    private final Set<String> deletionTypes;

    /**
     * @param idField       the source field holding the object's id, which becomes the record id forever
     * @param eventTypes    the source event types this record is built from
     * @param deletionTypes those of them that delete the object (it then travels with {@code deleted = 1})
     */
    protected RecordMapper(RecordType type, String idField, Set<String> eventTypes, Set<String> deletionTypes) {
        this.type = type;
        this.idField = idField;
        this.eventTypes = Set.copyOf(eventTypes);
        this.deletionTypes = Set.copyOf(deletionTypes);
    }

    public RecordType type() {
        return type;
    }

    public Set<String> eventTypes() {
        return eventTypes;
    }

    public Set<String> deletionTypes() {
        return deletionTypes;
    }

    /** The record id: the source object's id, so the same business object keeps it forever; null when absent. */
    public String recordId(String eventType, Facts data) {
        return data.text(idField);
    }

    /**
     * True when {@code incoming} comes from another source object that takes over this record (e.g. a correction of
     * a missed inspection record), so that its version is not compared with the versions seen so far.
     */
    public boolean takesOver(Facts previous, Facts incoming) {
        return false;
    }

    /** Other ids the source services know this record by (e.g. a correction's own record id). */
    public java.util.List<String> aliases(Facts facts) {
        return java.util.List.of();
    }

    /**
     * The record of the object as the facts describe it.
     *
     * @param eventType the latest event seen about the object
     */
    public abstract BuiltRecord map(String eventType, Facts facts, RecordContext context);

    /** A draft of this type's record for the object, with the common fields filled in. */
    protected RecordDraft draft(String eventType, Facts facts, RecordContext context) {
        return RecordDraft.of(type, recordId(eventType, facts), context);
    }
}
