package cn.dualprevention.exchange.delivery.application;

import cn.dualprevention.exchange.delivery.domain.Delivery;
import cn.dualprevention.exchange.delivery.domain.DeliveryFilter;
import cn.dualprevention.exchange.delivery.domain.DeliveryRepository;
import cn.dualprevention.exchange.delivery.domain.DeliveryState;
import cn.dualprevention.exchange.delivery.domain.PhotoAttachments;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.receiver.application.Receivers;
import cn.dualprevention.exchange.record.domain.KeptRecord;
import cn.dualprevention.exchange.record.domain.RecordRef;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 数据上报情况 — per record and receiver: pending, sent, accepted, rejected (with the receiver's message) or held. */
@Service
public class Deliveries {

    static final int MAX_ROWS = 500;

    private final DeliveryRepository deliveries;
    private final RegulatorRecords records;
    private final EnterpriseDirectory enterprises;
    private final Receivers receivers;
    private final DeliverySignals signals;
    private final Clock clock;

    public Deliveries(DeliveryRepository deliveries, RegulatorRecords records, EnterpriseDirectory enterprises,
                      Receivers receivers, DeliverySignals signals, Clock clock) {
        this.deliveries = deliveries;
        this.records = records;
        this.enterprises = enterprises;
        this.receivers = receivers;
        this.signals = signals;
        this.clock = clock;
    }

    /**
     * The caller's deliveries, latest change first (at most {@value #MAX_ROWS}).
     *
     * @param from ISO instant: changed at or after; {@code to}: changed before
     */
    public List<DeliveryView> find(String receiverId, String recordType, String state, String enterpriseId, String from, String to) {
        Caller caller = CallerContext.require();
        DeliveryState wantedState = state == null ? null : parseState(state);
        RecordType wantedType = recordType == null ? null : RecordType.ofSpecName(recordType)
                .orElseThrow(() -> new InvalidValueException("recordType", "one-of",
                        "recordType must be one of " + Arrays.stream(RecordType.values()).map(RecordType::specName).toList()));
        Set<String> scope;
        if (enterpriseId != null) {
            String groupOfEnterprise = enterprises.find(enterpriseId).map(EnterpriseIdentity::groupId).orElse(null);
            caller.requireAccess(groupOfEnterprise, enterpriseId, "enterprise", enterpriseId);
            scope = Set.of(enterpriseId);
        } else {
            scope = caller.allEnterprises() ? null : caller.enterpriseIds();
        }
        if (receiverId != null) {
            receivers.get(receiverId); // 404 for another tenant's receiver
        }
        List<Delivery> found = deliveries.search(new DeliveryFilter(caller.groupId(), scope, receiverId, wantedType, wantedState,
                instant("from", from), instant("to", to), MAX_ROWS));
        Map<String, KeptRecord> kept = records.findAll(found.stream().map(Delivery::ref).distinct().toList()).stream()
                .collect(Collectors.toMap(k -> k.ref().key(), Function.identity()));
        return found.stream().map(d -> {
            KeptRecord record = kept.get(d.ref().key());
            return new DeliveryView(d, record != null && record.deleted(), record == null ? Map.of() : record.fields());
        }).toList();
    }

    /** Sends a record to a receiver again (e.g. a rejected one after the receiver fixed its side). */
    public Delivery resend(String receiverId, String recordType, String recordId) {
        Caller caller = CallerContext.require();
        RecordType type = RecordType.ofSpecName(recordType).orElseThrow(() -> new InvalidValueException("recordType", "one-of",
                "recordType must be one of " + Arrays.stream(RecordType.values()).map(RecordType::specName).toList()));
        String id = Delivery.idOf(receiverId, new RecordRef(type, recordId));
        Delivery delivery = deliveries.find(id).orElseThrow(() -> new NotFoundException("delivery", id));
        caller.requireAccess(delivery.groupId(), delivery.enterpriseId(), "delivery", id);
        if (delivery.state() == DeliveryState.HELD && (delivery.reasons().isEmpty()
                || !delivery.reasons().stream().allMatch(PhotoAttachments::isPhotoReason))) {
            // held only for its photos (e.g. one the photo service did not find): tried again on request, once it is back
            throw new RuleViolationException("delivery/held", "a held record goes out once its source is fixed: " + delivery.reasons());
        }
        if (!deliveries.resend(id, clock.instant())) {
            throw new cn.dualprevention.platform.errors.ConcurrentChangeException("delivery", id);
        }
        signals.wake(receiverId);
        return deliveries.find(id).orElseThrow();
    }

    private static DeliveryState parseState(String state) {
        try {
            return DeliveryState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("state", "one-of", "state must be one of " + Arrays.toString(DeliveryState.values()));
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "iso-instant", field + " must be an ISO-8601 instant, e.g. 2026-03-01T00:00:00Z");
        }
    }
}
