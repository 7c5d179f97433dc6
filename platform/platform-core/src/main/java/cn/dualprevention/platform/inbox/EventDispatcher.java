package cn.dualprevention.platform.inbox;

import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one Kafka consumer of a service: a batch of records is parsed into envelopes, events nobody
 * here handles are skipped, events already in the inbox are skipped, the rest go to their handlers
 * in order and are then marked. A failing record stops the batch at that record; the container's
 * error handler retries it and finally parks it on the dead-letter topic — nothing is dropped.
 */
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final Map<String, List<EventHandler>> handlersByType = new HashMap<>();
    private final Inbox inbox;
    private final ObjectMapper eventMapper;
    private final String consumerName;
    private final MeterRegistry meters;

    public EventDispatcher(List<EventHandler> handlers, Inbox inbox, ObjectMapper eventMapper, String consumerName,
                           MeterRegistry meters) {
        for (EventHandler handler : handlers) {
            for (String type : handler.eventTypes()) {
                handlersByType.computeIfAbsent(type, t -> new ArrayList<>()).add(handler);
            }
        }
        this.inbox = inbox;
        this.eventMapper = eventMapper;
        this.consumerName = consumerName;
        this.meters = meters;
    }

    public Set<String> handledTypes() {
        return handlersByType.keySet();
    }

    public void onBatch(List<ConsumerRecord<String, String>> records) {
        List<EventEnvelope> envelopes = new ArrayList<>(records.size());
        List<String> relevantIds = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            EventEnvelope envelope;
            try {
                envelope = eventMapper.readValue(records.get(i).value(), EventEnvelope.class);
            } catch (JacksonException e) {
                throw new BatchListenerFailedException("unreadable event at offset " + records.get(i).offset(), e, i);
            }
            envelopes.add(envelope);
            if (handlersByType.containsKey(envelope.type())) {
                relevantIds.add(envelope.id());
            }
        }
        Set<String> seen = inbox.alreadyProcessed(relevantIds);
        List<Inbox.ProcessedEvent> processed = new ArrayList<>();
        for (int i = 0; i < envelopes.size(); i++) {
            EventEnvelope envelope = envelopes.get(i);
            List<EventHandler> handlers = handlersByType.get(envelope.type());
            if (handlers == null || !seen.add(envelope.id())) {
                continue;
            }
            try {
                apply(envelope, handlers);
            } catch (RuntimeException e) {
                inbox.markProcessed(processed);
                throw new BatchListenerFailedException("handling " + envelope.type() + " " + envelope.id() + " failed", e, i);
            }
            processed.add(new Inbox.ProcessedEvent(envelope.id(), envelope.type()));
        }
        inbox.markProcessed(processed);
    }

    private void apply(EventEnvelope envelope, List<EventHandler> handlers) {
        MDC.put("requestId", envelope.requestId());
        CallerContext.bind(Caller.system(consumerName, envelope.groupId()));
        Timer.Sample sample = Timer.start(meters);
        try {
            for (EventHandler handler : handlers) {
                handler.handle(envelope);
            }
            log.debug("applied {} {}", envelope.type(), envelope.id());
        } finally {
            sample.stop(meters.timer("dp.events.applied", "type", envelope.type()));
            CallerContext.clear();
            MDC.remove("requestId");
        }
    }
}
