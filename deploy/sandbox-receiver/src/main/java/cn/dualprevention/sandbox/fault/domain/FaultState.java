package cn.dualprevention.sandbox.fault.domain;

/** The faults switched on now. */
public record FaultState(Down down, long slowMs, int rejectEvery) {
}
