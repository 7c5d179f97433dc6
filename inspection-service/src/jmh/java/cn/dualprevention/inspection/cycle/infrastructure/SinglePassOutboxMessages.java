package cn.dualprevention.inspection.cycle.infrastructure;

import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.outbox.OutboxMessage;
import cn.dualprevention.platform.outbox.OutboxMessages;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.slf4j.MDC;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Instant;

/**
 * EXPERIMENT for the lead (not the platform's code): the change proposed for the platform's
 * {@code OutboxMessages.domainEvent} — serialise the envelope once, with the payload object in place of the JSON tree
 * ({@code valueToTree} then {@code writeValueAsString} walks every event twice). The text is the same: the same
 * properties in the same order, absent values left out by the same mapper.
 */
final class SinglePassOutboxMessages extends OutboxMessages {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final String source;
    private final String topic;

    SinglePassOutboxMessages(ObjectMapper mapper, Clock clock, String source, String topic) {
        super(mapper, clock, source, topic);
        this.mapper = mapper;
        this.clock = clock;
        this.source = source;
        this.topic = topic;
    }

    /** {@link EventEnvelope} with the payload as it is. */
    record EnvelopeText(String id, String source, String type, String specversion, Instant time, String subject,
                        String groupId, String enterpriseId, String aggregateType, String aggregateId,
                        long aggregateVersion, String actor, String requestId, Object data) {
    }

    @Override
    public OutboxMessage domainEvent(NewEvent event, String aggregateType, String aggregateId, long version) {
        String requestId = MDC.get("requestId");
        Instant now = clock.instant();
        String id = Ids.newId();
        EnvelopeText envelope = new EnvelopeText(id, source, event.type(), EventEnvelope.SPEC_VERSION, now,
                event.subject(), event.groupId(), event.enterpriseId(), aggregateType, aggregateId, version,
                CallerContext.current().map(Caller::userId).orElse(source), requestId, event.payload());
        String key = event.enterpriseId() != null ? event.enterpriseId() : aggregateId;
        return new OutboxMessage(id, topic, key, event.type(), now, requestId, mapper.writeValueAsString(envelope));
    }
}
