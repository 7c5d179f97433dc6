package cn.dualprevention.exchange.receiver.domain;

import cn.dualprevention.exchange.record.domain.MappingProfile;

/**
 * kafka-stream — the regulator subscribes: records as plain JSON on {@code <topicPrefix>.<recordType>}, keyed by
 * record id, parent-first per enterprise; a record counts as accepted once the broker acknowledged it.
 */
public record StreamProfile(String topicPrefix) implements ReceiverProfile {

    public static final String KIND = "kafka-stream";
    public static final String DEFAULT_PREFIX = "dp.regulator";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public MappingProfile mapping() {
        return MappingProfile.DEFAULT;
    }

    @Override
    public int batchSize() {
        return 200;
    }

    public String topic(String recordType) {
        return topicPrefix + "." + recordType;
    }
}
