package cn.dualprevention.exchange.record.domain;

/** Where built records are kept, and from where the sendable ones go out to the regulator stream. */
public interface RegulatorRecords {

    /**
     * Keeps the first version of a record; a sendable one is published on the stream in the same write.
     *
     * @return false when the record was already kept (a redelivered event)
     */
    boolean addFirstVersion(String enterpriseId, BuiltRecord<?> record);
}
