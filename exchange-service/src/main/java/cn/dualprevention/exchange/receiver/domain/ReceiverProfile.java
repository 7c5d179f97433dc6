package cn.dualprevention.exchange.receiver.domain;

import cn.dualprevention.exchange.record.domain.MappingProfile;

/** 传输方式 — how records reach a receiver: the regulator stream (kafka-stream) or HTTP batch upserts (http-batch). */
public sealed interface ReceiverProfile permits StreamProfile, HttpBatchProfile {

    /** The name used in the API and the configuration: {@code kafka-stream} or {@code http-batch}. */
    String kind();

    /** The receiver's preferences for the codes that receivers disagree on. */
    MappingProfile mapping();

    /** At most this many records in one send. */
    int batchSize();
}
