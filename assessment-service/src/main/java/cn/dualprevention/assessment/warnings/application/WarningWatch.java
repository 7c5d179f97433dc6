package cn.dualprevention.assessment.warnings.application;

import cn.dualprevention.assessment.AssessmentProperties;
import cn.dualprevention.assessment.facts.domain.Enterprise;
import cn.dualprevention.assessment.facts.domain.FactQuery;
import cn.dualprevention.assessment.facts.domain.Facts;
import cn.dualprevention.assessment.facts.infrastructure.FactStore;
import cn.dualprevention.assessment.warnings.domain.Signal;
import cn.dualprevention.assessment.warnings.domain.SignalDetector;
import cn.dualprevention.assessment.warnings.domain.SignalKind;
import cn.dualprevention.assessment.warnings.infrastructure.WarningDocument;
import cn.dualprevention.assessment.warnings.infrastructure.WarningRepository;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 预警 — raises a warning when a signal appears and clears it when the signal is gone, each with its event
 * ({@code assessment.warning.raised.v1} / {@code .cleared.v1}) through the outbox.
 */
@Service
public class WarningWatch {

    public static final String RAISED = "assessment.warning.raised.v1";
    public static final String CLEARED = "assessment.warning.cleared.v1";

    private final FactStore facts;
    private final WarningRepository warnings;
    private final AssessmentProperties properties;
    private final Clock clock;

    WarningWatch(FactStore facts, WarningRepository warnings, AssessmentProperties properties, Clock clock) {
        this.facts = facts;
        this.warnings = warnings;
        this.properties = properties;
        this.clock = clock;
    }

    /** Looks at one enterprise now: raises what newly shows, clears what is gone (grade drops are the scorer's). */
    public ScanResult scan(String enterpriseId) {
        Enterprise enterprise = facts.enterprise(enterpriseId).orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
        Instant now = clock.instant();
        Instant from = now.minus(properties.warnings().lookback());
        Facts loaded = facts.load(FactQuery.enterprise(enterpriseId, from, now));
        List<Signal> signals = SignalDetector.detect(loaded, enterpriseId, from, now, properties.warnings());
        int raised = 0;
        Set<String> showing = new HashSet<>();
        for (Signal signal : signals) {
            showing.add(idOf(signal.key()));
            raised += raise(enterprise.groupId(), signal, now) ? 1 : 0;
        }
        int cleared = 0;
        for (WarningDocument warning : warnings.active(enterpriseId)) {
            if (!SignalKind.GRADE_DROPPED.name().equals(warning.kind()) && !showing.contains(warning.id())) {
                clear(warning, now, "the signal is no longer seen");
                cleared++;
            }
        }
        return new ScanResult(enterpriseId, now, signals.size(), raised, cleared);
    }

    /** A scan asked for through the API: only within the caller's tenant. */
    public ScanResult scanFor(String enterpriseId) {
        var caller = CallerContext.require();
        Enterprise enterprise = facts.enterprise(enterpriseId).orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
        caller.requireAccess(enterprise.groupId(), enterpriseId, "enterprise", enterpriseId);
        return scan(enterpriseId);
    }

    /** What one scan did. */
    public record ScanResult(String enterpriseId, Instant at, int signals, int raised, int cleared) {
    }

    public void scanAll() {
        facts.allEnterprises().forEach(e -> scan(e.enterpriseId()));
    }

    /** Raises (or re-raises) the warning of a signal; false when it is already active. */
    public boolean raise(String groupId, Signal signal, Instant now) {
        String id = idOf(signal.key());
        var existing = warnings.find(id);
        if (existing.isPresent() && WarningDocument.ACTIVE.equals(existing.get().state())) {
            return false;
        }
        if (existing.isEmpty()) {
            WarningDocument doc = new WarningDocument(id, 1, groupId, signal.enterpriseId(), signal.kind().name(),
                    signal.subjectType(), signal.subjectId(), WarningDocument.ACTIVE, signal.summary(), signal.evidence(),
                    now, null, 1);
            warnings.insert(doc, List.of(raisedEvent(doc)));
        } else {
            WarningDocument old = existing.get();
            WarningDocument doc = new WarningDocument(id, old.version() + 1, groupId, signal.enterpriseId(),
                    signal.kind().name(), signal.subjectType(), signal.subjectId(), WarningDocument.ACTIVE, signal.summary(),
                    signal.evidence(), now, null, old.raisedCount() + 1);
            warnings.update(doc, List.of(raisedEvent(doc)));
        }
        return true;
    }

    /** Clears the warning of a key if it is active. */
    public void clearKey(String key, String reason) {
        warnings.find(idOf(key)).filter(w -> WarningDocument.ACTIVE.equals(w.state()))
                .ifPresent(w -> clear(w, clock.instant(), reason));
    }

    private void clear(WarningDocument w, Instant now, String reason) {
        WarningDocument doc = new WarningDocument(w.id(), w.version() + 1, w.groupId(), w.enterpriseId(), w.kind(),
                w.subjectType(), w.subjectId(), WarningDocument.CLEARED, w.summary(), w.evidence(), w.raisedAt(), now,
                w.raisedCount());
        warnings.update(doc, List.of(new NewEvent(CLEARED, w.groupId(), w.enterpriseId(), w.id(), Map.of(
                "warningId", w.id(), "enterpriseId", w.enterpriseId(), "kind", w.kind(), "subjectType", w.subjectType(),
                "subjectId", w.subjectId(), "clearedAt", now.toString(), "reason", reason))));
    }

    private static NewEvent raisedEvent(WarningDocument w) {
        return new NewEvent(RAISED, w.groupId(), w.enterpriseId(), w.id(), Map.of(
                "warningId", w.id(), "enterpriseId", w.enterpriseId(), "kind", w.kind(), "subjectType", w.subjectType(),
                "subjectId", w.subjectId(), "summary", w.summary(), "evidence", w.evidence(),
                "raisedAt", w.raisedAt().toString()));
    }

    public static String idOf(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "w-" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
