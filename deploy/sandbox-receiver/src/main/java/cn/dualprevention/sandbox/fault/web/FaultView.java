package cn.dualprevention.sandbox.fault.web;

import java.time.Instant;

/** The faults switched on, as {@code /admin/faults} answers. */
public record FaultView(DownView down, long slowMs, int rejectEvery) {

    /** @param until when it ends by itself, or null */
    public record DownView(String mode, int status, Instant until) {
    }
}
