package cn.dualprevention.exchange.record.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven record types of the data-exchange specification, parents first: a receiver rejects a
 * child whose parent it has not seen, so {@link #parentOrder()} is also the upload order.
 */
public enum RecordType {
    RISK_UNIT("riskUnit", 1),
    UNIT_STOP("unitStop", 2),
    RISK_EVENT("riskEvent", 2),
    CONTROL_MEASURE("controlMeasure", 3),
    CHECK_TASK("checkTask", 4),
    CHECK_RECORD("checkRecord", 5),
    HIDDEN_DANGER("hiddenDanger", 6);

    private final String specName;
    private final int parentOrder;

    RecordType(String specName, int parentOrder) {
        this.specName = specName;
        this.parentOrder = parentOrder;
    }

    /** The name the specification and the stream topics use, e.g. {@code riskUnit}. */
    public String specName() {
        return specName;
    }

    public int parentOrder() {
        return parentOrder;
    }

    /** The type of a specification name such as {@code checkRecord}. */
    public static Optional<RecordType> ofSpecName(String name) {
        return Arrays.stream(values()).filter(type -> type.specName.equals(name)).findFirst();
    }
}
