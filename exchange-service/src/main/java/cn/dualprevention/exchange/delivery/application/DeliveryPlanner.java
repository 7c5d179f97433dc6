package cn.dualprevention.exchange.delivery.application;

import cn.dualprevention.exchange.delivery.domain.Delivery;
import cn.dualprevention.exchange.delivery.domain.DeliveryRepository;
import cn.dualprevention.exchange.delivery.domain.PlannedDelivery;
import cn.dualprevention.exchange.receiver.application.ReceiverDirectory;
import cn.dualprevention.exchange.receiver.application.ReceiverRemoved;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.record.application.KeptRecordListener;
import cn.dualprevention.exchange.record.domain.KeptRecord;
import cn.dualprevention.exchange.record.domain.RecordState;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 上报计划 — every kept version of a record becomes pending at each receiver of its enterprise (held there with the
 * reasons when it breaks the specification): incremental delivery. A full sync plans every record of an enterprise
 * for one receiver, a page at a time ({@link ResyncPlanning}): at its first connection, and forced (sent even if
 * accepted before) on request.
 */
@Component
public class DeliveryPlanner implements KeptRecordListener {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPlanner.class);
    private static final int PAGE = 1000;

    private final ReceiverDirectory receivers;
    private final DeliveryRepository deliveries;
    private final RegulatorRecords records;
    private final DeliverySignals loop;
    private final Clock clock;

    public DeliveryPlanner(ReceiverDirectory receivers, DeliveryRepository deliveries, RegulatorRecords records,
                           DeliverySignals loop, Clock clock) {
        this.receivers = receivers;
        this.deliveries = deliveries;
        this.records = records;
        this.loop = loop;
        this.clock = clock;
    }

    @Override
    public void kept(KeptRecord record) {
        List<Receiver> serving = receivers.serving(record.enterpriseId());
        Instant now = clock.instant();
        deliveries.plan(serving.stream().map(receiver -> planned(receiver, record, now)).toList(), false);
        if (record.state() != RecordState.HELD) { // a held record has nothing to send: no round for it
            serving.forEach(receiver -> loop.planned(receiver.id(), Delivery.idOf(receiver.id(), record.ref())));
        }
    }

    /**
     * One page of a full sync (全量同步): the next {@value #PAGE} records of the enterprise after the record
     * {@code afterKey} (from the first one when null) planned for the receiver. Planning a page again is harmless: a
     * version already planned stays as it is, unless forced, which makes it pending (and sent) once more.
     *
     * @param force true (a resync on request): send even what the receiver accepted before; false (the first
     *              connection): what it already accepted with the same fields is not sent again
     * @return how many records it planned (0: none left after {@code afterKey}) and the key of the last one
     */
    public PlannedPage planPage(Receiver receiver, String enterpriseId, String afterKey, boolean force) {
        List<KeptRecord> page = records.ofEnterprise(enterpriseId, afterKey, PAGE);
        if (page.isEmpty()) {
            return new PlannedPage(0, afterKey);
        }
        Instant now = clock.instant();
        List<PlannedDelivery> planned = new ArrayList<>(page.size());
        page.forEach(record -> planned.add(planned(receiver, record, now)));
        deliveries.plan(planned, force);
        log.debug("full sync of enterprise {} to receiver {}: {} record(s) planned after {}", enterpriseId, receiver.id(),
                page.size(), afterKey);
        return new PlannedPage(page.size(), page.getLast().ref().key());
    }

    /** A page of a full sync: how many records it planned and the key of its last record (the next page's cursor). */
    public record PlannedPage(int records, String lastKey) {

        public boolean empty() {
            return records == 0;
        }
    }

    @EventListener
    void on(ReceiverRemoved removed) {
        deliveries.deleteOfReceiver(removed.receiverId());
    }

    private static PlannedDelivery planned(Receiver receiver, KeptRecord record, Instant now) {
        return new PlannedDelivery(receiver.id(), record.groupId(), record.enterpriseId(), record.ref(), record.version(),
                record.state() == RecordState.HELD ? record.holdReasons() : List.of(), now);
    }
}
