package cn.dualprevention.exchange.record.application;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseKnown;
import cn.dualprevention.exchange.record.domain.BuiltRecord;
import cn.dualprevention.exchange.record.domain.Facts;
import cn.dualprevention.exchange.record.domain.KeptRecord;
import cn.dualprevention.exchange.record.domain.MappingProfile;
import cn.dualprevention.exchange.record.domain.RecordMapper;
import cn.dualprevention.exchange.record.domain.RecordMappers;
import cn.dualprevention.exchange.record.domain.RecordRef;
import cn.dualprevention.exchange.record.domain.RecordState;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.events.EventJson;
import cn.dualprevention.platform.inbox.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the regulator records of the source services' business objects — one path for all seven types:
 * the record id is the source object's id, a newer source version replaces the record (older or repeated
 * ones are ignored), a deletion travels as {@code deleted = 1}, and a record goes out on the regulator
 * stream only when it passes the specification and its parents went out before it; otherwise it is held
 * with the reasons. When a parent goes out for the first time, the children waiting for it are rebuilt and
 * released; likewise the records held because their enterprise was not known yet, when its registration arrives.
 */
@Component
public class RegulatorRecordKeeper implements EventHandler, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegulatorRecordKeeper.class);

    private final RegulatorRecords records;
    private final RecordBuilder builder;
    private final List<KeptRecordListener> listeners;
    private final EventJson json;
    private final Clock clock;
    private final Map<RecordType, RecordMapper> mappers = new EnumMap<>(RecordType.class);

    public RegulatorRecordKeeper(RegulatorRecords records, RecordBuilder builder, List<KeptRecordListener> listeners,
                                 EventJson json, Clock clock) {
        this.records = records;
        this.builder = builder;
        this.listeners = List.copyOf(listeners);
        this.json = json;
        this.clock = clock;
        RecordMappers.ALL.forEach(mapper -> mappers.put(mapper.type(), mapper));
    }

    @Override
    public Set<String> eventTypes() {
        return mappers.values().stream().flatMap(mapper -> mapper.eventTypes().stream()).collect(Collectors.toSet());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handle(EventEnvelope event) {
        Facts data = Facts.of(json.mapper().convertValue(event.data(), LinkedHashMap.class));
        for (RecordMapper mapper : mappers.values()) {
            if (mapper.eventTypes().contains(event.type())) {
                apply(mapper, event, data);
            }
        }
    }

    private void apply(RecordMapper mapper, EventEnvelope event, Facts data) {
        String recordId = mapper.recordId(event.type(), data);
        if (recordId == null) {
            log.warn("{} {} carries no id for a {} record; ignored", event.type(), event.id(), mapper.type().specName());
            return;
        }
        RecordRef ref = new RecordRef(mapper.type(), recordId);
        Optional<KeptRecord> previous = records.find(ref);
        boolean takesOver = previous.isPresent() && mapper.takesOver(previous.get().source(), data);
        if (previous.isPresent() && !takesOver && event.aggregateVersion() > 0
                && previous.get().sourceVersion() >= event.aggregateVersion()) {
            if (previous.get().sentOnce()) {
                release(ref); // a retried event whose release was cut short finishes it
                mapper.aliases(previous.get().source()).forEach(alias -> release(new RecordRef(ref.type(), alias)));
            }
            listeners.forEach(listener -> listener.kept(previous.get())); // and so does its delivery planning
            return; // an older or repeated version of the source
        }
        KeptRecord before = previous.orElse(null);
        Facts source = before == null ? data : before.source().with(data);
        KeptRecord next = new KeptRecord(ref, event.groupId(), event.enterpriseId(), before == null ? 1 : before.version() + 1,
                event.aggregateVersion(), event.type(), source, mapper.deletionTypes().contains(event.type()),
                before == null ? event.time() : before.createdAt(), before == null ? event.actor() : before.createdBy(),
                event.time(), event.actor(), RecordState.HELD, List.of(), List.of(), Map.of(), before != null && before.sentOnce(),
                clock.instant());
        keep(mapper, next, before);
    }

    /** Builds the record from its source, holds or sends it, and releases the children that waited for it. */
    private void keep(RecordMapper mapper, KeptRecord draft, KeptRecord before) {
        BuiltRecord built = builder.build(draft, MappingProfile.DEFAULT);
        List<String> reasons = new ArrayList<>(built.problems());
        List<String> waitingFor = new ArrayList<>();
        for (RecordRef parent : built.parents()) {
            if (!records.wasSent(parent)) {
                waitingFor.add(parent.key());
                reasons.add("parent " + parent.type().specName() + " " + parent.id() + " not sent yet");
            }
        }
        String enterpriseWait = KeptRecord.enterpriseWaitKey(draft.enterpriseId());
        if (!reasons.isEmpty() && !builder.identityUsable(draft.enterpriseId(), false)) {
            waitingFor.add(enterpriseWait); // released when the enterprise's registration arrives
        }
        KeptRecord kept = draft.built(built.fields(), reasons, waitingFor, clock.instant());
        records.keep(kept);
        listeners.forEach(listener -> listener.kept(kept));
        if (kept.state() == RecordState.HELD) {
            log.info("{} held: {}", kept.ref(), reasons);
            if (kept.waitingFor().contains(enterpriseWait) && builder.identityUsable(kept.enterpriseId(), true)) {
                // the registration was applied while this record was being kept: its release may have missed it
                keep(mapper, kept.nextVersion(), kept);
            }
        } else {
            if (before == null || !before.sentOnce()) {
                release(kept.ref());
            }
            // children that name this record by another id (a correction's own id) wait for that id
            mapper.aliases(kept.source()).forEach(alias -> release(new RecordRef(kept.ref().type(), alias)));
        }
    }

    /**
     * 企业已知 — the enterprise's registration was applied: every record held for it (source events that ran ahead of
     * the registration, or an identity whose codes broke the specification) is rebuilt and goes out if it now passes,
     * parents first as always. A repeated registration finds nothing waiting any more.
     */
    @EventListener
    public void on(EnterpriseKnown known) {
        builder.forget(known.enterpriseId());
        release(KeptRecord.enterpriseWaitKey(known.enterpriseId()));
    }

    /**
     * At start-up: the enterprises that held records wait for and that are known by now (a registration applied while
     * a record was being kept by an instance that stopped, or records held by an older version) release them.
     */
    @Override
    public void run(ApplicationArguments args) {
        for (String enterpriseId : records.enterprisesWaitedFor()) {
            try {
                if (builder.identityUsable(enterpriseId, true)) {
                    release(KeptRecord.enterpriseWaitKey(enterpriseId));
                }
            } catch (RuntimeException e) {
                // a record changed meanwhile (its own keeping then re-checks the enterprise)
                log.warn("releasing the records held for enterprise {} at start-up stopped: {}", enterpriseId, e.toString());
            }
        }
    }

    private void release(RecordRef parent) {
        release(parent.key());
    }

    /** Rebuilds the held records waiting under {@code key} (a parent's key or an enterprise's wait). */
    private void release(String key) {
        List<KeptRecord> waitingChildren = records.waitingFor(key);
        if (waitingChildren.isEmpty()) {
            return;
        }
        for (KeptRecord waiting : waitingChildren) {
            // read again: releasing an earlier child may have released this one already (a hazard waits for its
            // measure and for the check record that the measure's task releases)
            KeptRecord child = records.find(waiting.ref()).orElse(null);
            if (child != null && child.state() == RecordState.HELD && child.waitingFor().contains(key)) {
                keep(mappers.get(child.ref().type()), child.nextVersion(), child);
            }
        }
        records.waitingFor(key); // forgets the children released now
    }
}
