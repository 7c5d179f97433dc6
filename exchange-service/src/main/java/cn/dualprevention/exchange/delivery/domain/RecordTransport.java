package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.record.domain.RecordType;

import java.util.List;

/** Sends one batch of records of one type to a receiver and classifies the answer. */
public interface RecordTransport {

    /** True for the receivers this transport serves. */
    boolean serves(Receiver receiver);

    /** Never throws for a receiver's failure: the answer says what happened. */
    BatchAnswer send(Receiver receiver, RecordType type, List<WireRecord> records);
}
