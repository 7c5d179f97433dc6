package cn.dualprevention.sandbox.fault.web;

import cn.dualprevention.sandbox.fault.application.FaultSwitchboard;
import cn.dualprevention.sandbox.fault.domain.DownMode;
import cn.dualprevention.sandbox.hub.domain.InvalidSettingException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** Switchable faults (故障开关): {@code /admin/faults}. No authentication: a sandbox. */
@RestController
@RequestMapping("/admin/faults")
public class FaultController {

    /** How long after the answer the port closes in REFUSE mode. */
    private static final Duration CLOSE_AFTER = Duration.ofMillis(200);

    public record DownRequest(DownMode mode, Integer status, Long forMs) {
    }

    public record SlowRequest(Long delayMs) {
    }

    public record RejectEveryRequest(Integer n) {
    }

    private final FaultSwitchboard faults;
    private final FaultWebMapper mapper;

    FaultController(FaultSwitchboard faults, FaultWebMapper mapper) {
        this.faults = faults;
        this.mapper = mapper;
    }

    @GetMapping
    public FaultView state() {
        return mapper.toView(faults.state());
    }

    @PutMapping("/down")
    public FaultView down(@RequestBody(required = false) DownRequest request) {
        DownRequest r = request == null ? new DownRequest(DownMode.STATUS, 503, null) : request;
        if (r.forMs() != null && r.forMs() <= 0) {
            throw new InvalidSettingException("forMs", "range", "greater than 0");
        }
        Duration time = r.forMs() == null ? null : Duration.ofMillis(r.forMs());
        if (r.mode() == DownMode.REFUSE) {
            if (time == null) {
                throw new InvalidSettingException("forMs", "required",
                        "required for REFUSE over HTTP: the admin API shares the closed port");
            }
            faults.refuse(time, CLOSE_AFTER);
        } else {
            faults.down(r.status() == null ? 503 : r.status(), time);
        }
        return state();
    }

    @DeleteMapping("/down")
    public FaultView up() {
        faults.up();
        return state();
    }

    @PutMapping("/slow")
    public FaultView slow(@RequestBody SlowRequest request) {
        if (request.delayMs() == null) {
            throw new InvalidSettingException("delayMs", "required", "required");
        }
        faults.slow(Duration.ofMillis(request.delayMs()));
        return state();
    }

    @DeleteMapping("/slow")
    public FaultView notSlow() {
        faults.slow(Duration.ZERO);
        return state();
    }

    @PutMapping("/reject-every")
    public FaultView rejectEvery(@RequestBody RejectEveryRequest request) {
        if (request.n() == null || request.n() < 1) {
            throw new InvalidSettingException("n", request.n() == null ? "required" : "range", "1 or more");
        }
        faults.rejectEvery(request.n());
        return state();
    }

    @DeleteMapping("/reject-every")
    public FaultView rejectNone() {
        faults.rejectEvery(0);
        return state();
    }

    @PostMapping("/reset")
    public FaultView reset() {
        faults.reset();
        return state();
    }
}
