package cn.dualprevention.platform.audit;

import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.platform.tenancy.CallerContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code GET /api/v1/audit} — the service's audit trail, for group admins and safety managers of the tenant. */
@RestController
@Tag(name = "audit", description = "审计留痕: who changed what, when, with before/after")
public class AuditController {

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @Operation(summary = "Audit entries of the caller's tenant, newest first",
            description = "Filter by aggregate id or type and by time (ISO-8601 instants, from inclusive, to exclusive).")
    public List<AuditEntry> entries(@RequestParam(required = false) String aggregateId,
                                    @RequestParam(required = false) String aggregateType,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > AuditTrail.MAX_RESULTS) {
            throw new InvalidValueException("limit", "range", "must be between 1 and " + AuditTrail.MAX_RESULTS);
        }
        return trail.find(CallerContext.require(), aggregateId, aggregateType, instant("from", from), instant("to", to), limit);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "format", "'" + value + "' is not an ISO-8601 instant, e.g. 2026-01-31T08:00:00Z");
        }
    }
}
