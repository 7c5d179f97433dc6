package cn.dualprevention.platform.events;

import java.util.regex.Pattern;

/**
 * An event an application service raises with a state change; the platform stamps id, time, source,
 * version, actor and request id when it stores it in the outbox.
 *
 * @param type      stable versioned type name, e.g. {@code risk.unit.created.v1}
 * @param payload   a record; serialised as the envelope's {@code data}
 */
public record NewEvent(String type, String groupId, String enterpriseId, String subject, Object payload) {

    /** Compiled once: a cycle generation raises millions of events. */
    private static final Pattern TYPE = Pattern.compile("[a-z]+(\\.[a-z][a-z-]*)+\\.v\\d+");

    public NewEvent {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must look like context.aggregate.what.v1: " + type);
        }
    }
}
