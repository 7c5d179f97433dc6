package cn.dualprevention.sandbox.hub.application;

import cn.dualprevention.sandbox.hub.domain.RecordResult;
import cn.dualprevention.sandbox.hub.domain.Violation;

import java.util.List;

/** One record's result as the hub writes it. */
public record ResultView(String id, boolean success, String action, String msg, List<Violation> errors) {

    public static ResultView of(RecordResult r) {
        return new ResultView(r.id(), r.success(), r.action().name(), r.msg(), r.errors());
    }
}
