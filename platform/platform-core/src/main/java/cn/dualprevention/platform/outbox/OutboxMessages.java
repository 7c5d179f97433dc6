package cn.dualprevention.platform.outbox;

import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.slf4j.MDC;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Instant;

/** Turns events raised by application code into outbox messages: envelope, id, time, actor, request id. */
public class OutboxMessages {

    private final ObjectMapper eventMapper;
    private final Clock clock;
    private final String source;
    private final String eventTopic;

    public OutboxMessages(ObjectMapper eventMapper, Clock clock, String source, String eventTopic) {
        this.eventMapper = eventMapper;
        this.clock = clock;
        this.source = source;
        this.eventTopic = eventTopic;
    }

    /** A domain event on the service's own event topic, keyed by enterprise. */
    public OutboxMessage domainEvent(NewEvent event, String aggregateType, String aggregateId, long version) {
        String requestId = MDC.get("requestId");
        Instant now = clock.instant();
        String id = Ids.newId();
        EventEnvelope envelope = new EventEnvelope(id, source, event.type(), EventEnvelope.SPEC_VERSION, now,
                event.subject(), event.groupId(), event.enterpriseId(), aggregateType, aggregateId, version,
                CallerContext.current().map(Caller::userId).orElse(source), requestId,
                eventMapper.valueToTree(event.payload()));
        String key = event.enterpriseId() != null ? event.enterpriseId() : aggregateId;
        return new OutboxMessage(id, eventTopic, key, event.type(), now, requestId,
                eventMapper.writeValueAsString(envelope));
    }

    /** A plain JSON message to another topic (e.g. a regulator record on its stream topic). */
    public OutboxMessage plain(String topic, String key, String type, Object value) {
        return new OutboxMessage(Ids.newId(), topic, key, type, clock.instant(), MDC.get("requestId"),
                eventMapper.writeValueAsString(value));
    }
}
