package cn.dualprevention.sandbox.hub.domain;

import java.util.List;
import java.util.stream.Collectors;

/** The receiver's answer for one record (回执): its id, accepted or not, and the message. */
public record RecordResult(String id, boolean success, RecordAction action, String msg, List<Violation> errors) {

    public RecordResult {
        errors = List.copyOf(errors);
    }

    static RecordResult stored(String id, RecordAction action) {
        return new RecordResult(id, true, action, action == RecordAction.INSERTED
                ? "accepted (inserted)" : "accepted (updated)", List.of());
    }

    static RecordResult rejected(String id, List<Violation> errors) {
        return new RecordResult(id, false, RecordAction.REJECTED,
                errors.stream().map(Violation::text).collect(Collectors.joining("; ")), errors);
    }
}
