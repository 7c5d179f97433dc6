package cn.dualprevention.hazard.hazard.domain;

import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 隐患 — a hidden hazard from registration to accepted closure (闭环). Every step checks the state it starts
 * from and the rules of the loop, records itself in the history and returns what the event announces.
 * A step from the wrong state is a {@link RuleViolationException} with the rule {@code requires-<state>}.
 */
public final class Hazard {

    private final String id;
    private final long version;
    private final String groupId;
    private final String enterpriseId;
    private final HazardOrigin origin;
    private final HazardFinding finding;
    private final String registrant;
    private final Instant registTime;
    private HazardState state;
    private ManageType manageType;
    private RemediationPlan plan;
    private String liablePerson;
    private boolean termsDefaulted;
    private LocalDate deadline;
    private LocalDate originalDeadline;
    private ExtensionRequest pendingExtension;
    private Rectification rectification;
    private Acceptance acceptance;
    private int reopenCount;
    private boolean flaggedToGroup;
    private final List<HistoryEntry> history;
    private final List<FiredEscalation> escalations;

    /** Rebuilds a stored hazard. */
    public Hazard(String id, long version, String groupId, String enterpriseId, HazardOrigin origin, HazardFinding finding,
                  String registrant, Instant registTime, HazardState state, ManageType manageType, RemediationPlan plan,
                  String liablePerson, boolean termsDefaulted,
                  LocalDate deadline, LocalDate originalDeadline, ExtensionRequest pendingExtension,
                  Rectification rectification, Acceptance acceptance, int reopenCount, boolean flaggedToGroup,
                  List<HistoryEntry> history, List<FiredEscalation> escalations) {
        this.id = id;
        this.version = version;
        this.groupId = groupId;
        this.enterpriseId = enterpriseId;
        this.origin = origin == null ? HazardOrigin.none() : origin;
        this.finding = finding;
        this.registrant = registrant;
        this.registTime = registTime;
        this.state = state;
        this.manageType = manageType;
        this.plan = plan;
        this.liablePerson = liablePerson != null ? liablePerson : plan == null ? null : plan.responsibility();
        this.termsDefaulted = termsDefaulted;
        this.deadline = deadline;
        this.originalDeadline = originalDeadline;
        this.pendingExtension = pendingExtension;
        this.rectification = rectification;
        this.acceptance = acceptance;
        this.reopenCount = reopenCount;
        this.flaggedToGroup = flaggedToGroup;
        this.history = new ArrayList<>(history == null ? List.of() : history);
        this.escalations = new ArrayList<>(escalations == null ? List.of() : escalations);
    }

    /**
     * 登记 — registers a new hazard, awaiting confirmation by the responsible department. A major hazard needs its
     * liable person and deadline from the start ({@link RemediationTerms}; 400 {@code required-for-major}); a deadline
     * the registrant names may not lie in the past. Defaulted terms are recorded as such in the history.
     */
    public static Hazard register(String id, String groupId, String enterpriseId, HazardOrigin origin,
                                  HazardFinding finding, String registrant, Instant at, RemediationTerms terms,
                                  LocalDate today) {
        if (registrant == null || registrant.isBlank()) {
            throw new InvalidValueException("registrant", "required", "who registered the hazard");
        }
        RemediationTerms given = terms == null ? RemediationTerms.none() : terms;
        if (finding.level() == HazardLevel.MAJOR) {
            given.requireForMajor();
        }
        if (given.deadline() != null && given.deadlineBasis() == null && given.deadline().isBefore(today)) {
            throw new InvalidValueException("deadline", "not-in-past", "the deadline " + given.deadline() + " has passed");
        }
        Hazard hazard = new Hazard(id, 1, groupId, enterpriseId, origin, finding, registrant.trim(), at,
                HazardState.AWAITING_CONFIRMATION, null, null, given.liablePerson(), given.defaulted(), given.deadline(),
                null, null, null, null, 0, false, List.of(), List.of());
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("level", finding.level().name());
        if (given.liablePerson() != null) {
            changes.put("liablePerson", given.liablePerson() + basis(given.liablePersonBasis()));
        }
        if (given.deadline() != null) {
            changes.put("deadline", given.deadline() + basis(given.deadlineBasis()));
        }
        List<String> evidence = new ArrayList<>(finding.photoIds());
        evidence.addAll(finding.recordPhotoIds());
        hazard.history.add(new HistoryEntry(HazardStep.REGISTERED, hazard.registrant, at, null,
                HazardState.AWAITING_CONFIRMATION, changes, evidence, null));
        return hazard;
    }

    private static String basis(String basis) {
        return basis == null ? "" : " (defaulted: " + basis + ")";
    }

    /** The registration as announced (a major hazard is reported to the regulator on this event). */
    public StepTaken registered() {
        return new StepTaken(HazardStep.REGISTERED, Map.of());
    }

    /** 确认 — the responsible department confirms it is a hazard. */
    public StepTaken confirm(String by, Instant at) {
        HazardState from = require(HazardState.AWAITING_CONFIRMATION);
        state = HazardState.CONFIRMED;
        record(HazardStep.CONFIRMED, by, at, from, Map.of(), List.of(), null);
        return step(HazardStep.CONFIRMED, "by", by);
    }

    /** 不是隐患 — rejected as not a hazard, with a reason; final. */
    public StepTaken reject(String by, String reason, Instant at) {
        HazardState from = require(HazardState.AWAITING_CONFIRMATION);
        requireText("reason", reason);
        state = HazardState.REJECTED;
        record(HazardStep.REJECTED, by, at, from, Map.of(), List.of(), reason);
        return step(HazardStep.REJECTED, "by", by, "reason", reason);
    }

    /**
     * 限期整改 — sets the remediation plan and starts remediation. A major hazard needs all five in place
     * (rule {@code major-hazard-five-in-place}); the deadline may not lie in the past.
     */
    public StepTaken setPlan(RemediationPlan newPlan, String by, Instant at, LocalDate today) {
        HazardState from = require(HazardState.CONFIRMED);
        if (finding.level() == HazardLevel.MAJOR && !newPlan.missingOfTheFive().isEmpty()) {
            throw new RuleViolationException("major-hazard-five-in-place",
                    "a major hazard enters remediation only with all five in place (五落实); missing: "
                            + String.join(", ", newPlan.missingOfTheFive()));
        }
        if (newPlan.deadline().isBefore(today)) {
            throw new InvalidValueException("deadline", "not-in-past", "the deadline " + newPlan.deadline() + " has passed");
        }
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("manageType", ManageType.BY_DEADLINE.name());
        changes.put("liablePerson", replaced(liablePerson, newPlan.responsibility()));
        changes.put("deadline", replaced(deadline == null ? null : deadline.toString(), newPlan.deadline().toString()));
        if (termsDefaulted) {
            changes.put("defaultsReplaced", "true");
        }
        plan = newPlan;
        manageType = ManageType.BY_DEADLINE;
        liablePerson = newPlan.responsibility();
        termsDefaulted = false;
        deadline = newPlan.deadline();
        if (originalDeadline == null) {
            originalDeadline = newPlan.deadline();
        }
        state = HazardState.REMEDIATING;
        record(HazardStep.PLAN_SET, by, at, from, changes, List.of(), null);
        return step(HazardStep.PLAN_SET, "responsibility", newPlan.responsibility(), "measures", newPlan.measures(),
                "funds", newPlan.funds(), "deadline", newPlan.deadline(), "contingencyPlan", newPlan.contingencyPlan());
    }

    private static String replaced(String before, String after) {
        return before == null || before.equals(after) ? after : before + " → " + after;
    }

    /**
     * 即查即改 — a general hazard rectified on the spot and submitted for acceptance at once (this confirms it
     * when it was still awaiting confirmation). A major hazard is never fixed on the spot: it needs its five.
     */
    public StepTaken fixOnTheSpot(String rectifier, String description, List<String> afterPhotoIds, Instant at,
                                  LocalDate today) {
        HazardState from = require(HazardState.AWAITING_CONFIRMATION, HazardState.CONFIRMED);
        if (finding.level() == HazardLevel.MAJOR) {
            throw new RuleViolationException("major-hazard-five-in-place",
                    "a major hazard is remediated by plan with all five in place (五落实), not on the spot");
        }
        requireText("description", description);
        manageType = ManageType.ON_THE_SPOT;
        deadline = today;
        originalDeadline = today;
        rectification = new Rectification(rectifier, description, afterPhotoIds, at);
        state = HazardState.AWAITING_ACCEPTANCE;
        record(HazardStep.FIXED_ON_THE_SPOT, rectifier, at, from, Map.of("manageType", ManageType.ON_THE_SPOT.name()),
                rectification.afterPhotoIds(), description);
        return step(HazardStep.FIXED_ON_THE_SPOT, "rectifier", rectifier, "rectificationDescription", description);
    }

    /** 延期申请 — asks for a later deadline, with a reason; one request at a time. */
    public StepTaken requestExtension(LocalDate requestedDeadline, String reason, String by, Instant at) {
        HazardState from = require(HazardState.REMEDIATING);
        requireText("reason", reason);
        if (pendingExtension != null) {
            throw new RuleViolationException("extension-pending", "an extension request is already waiting for a decision");
        }
        if (requestedDeadline == null || !requestedDeadline.isAfter(deadline)) {
            throw new InvalidValueException("requestedDeadline", "after-deadline",
                    "the requested deadline must be later than the current deadline " + deadline);
        }
        pendingExtension = new ExtensionRequest(by, requestedDeadline, reason, at);
        record(HazardStep.EXTENSION_REQUESTED, by, at, from, Map.of("requestedDeadline", requestedDeadline.toString()),
                List.of(), reason);
        return step(HazardStep.EXTENSION_REQUESTED, "requestedDeadline", requestedDeadline, "reason", reason, "by", by);
    }

    /**
     * 延期审批 — the next level approves or refuses the pending request; never the requester. An approved
     * extension moves the deadline; the original deadline stays on record.
     */
    public StepTaken decideExtension(boolean approved, String comment, String by, Instant at) {
        HazardState from = require(HazardState.REMEDIATING);
        if (pendingExtension == null) {
            throw new RuleViolationException("no-extension-pending", "there is no extension request to decide");
        }
        if (pendingExtension.requestedBy().equals(by)) {
            throw new RuleViolationException("extension-decided-by-requester",
                    "an extension is decided by someone other than who requested it");
        }
        ExtensionRequest request = pendingExtension;
        pendingExtension = null;
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("approved", Boolean.toString(approved));
        if (approved) {
            changes.put("deadline", deadline + " → " + request.requestedDeadline());
            deadline = request.requestedDeadline();
        }
        record(HazardStep.EXTENSION_DECIDED, by, at, from, changes, List.of(), comment);
        return step(HazardStep.EXTENSION_DECIDED, "requestedDeadline", request.requestedDeadline(),
                "reason", request.reason(), "approved", approved, "by", by, "comment", comment);
    }

    /** 提交验收 — the rectifier reports the work done, with after-photos and a description. */
    public StepTaken submit(String rectifier, String description, List<String> afterPhotoIds, Instant at) {
        HazardState from = require(HazardState.REMEDIATING);
        requireText("description", description);
        rectification = new Rectification(rectifier, description, afterPhotoIds, at);
        pendingExtension = null;
        state = HazardState.AWAITING_ACCEPTANCE;
        record(HazardStep.SUBMITTED, rectifier, at, from, Map.of(), rectification.afterPhotoIds(), description);
        return step(HazardStep.SUBMITTED, "rectifier", rectifier, "rectificationDescription", description);
    }

    /** 验收 — accepted and closed, by a person other than the rectifier (rule {@code acceptor-is-rectifier}). */
    public StepTaken accept(String by, String comment, Instant at) {
        HazardState from = require(HazardState.AWAITING_ACCEPTANCE);
        if (rectification != null && rectification.rectifier().equals(by)) {
            throw new RuleViolationException("acceptor-is-rectifier",
                    "the remediation is accepted by someone other than the rectifier " + by);
        }
        requireText("comment", comment);
        acceptance = new Acceptance(by, comment, at);
        state = HazardState.ACCEPTED;
        record(HazardStep.ACCEPTED, by, at, from, Map.of("acceptPerson", by), List.of(), comment);
        return step(HazardStep.ACCEPTED, "by", by, "comment", comment);
    }

    /** 退回 — acceptance refused: back to remediation, with a reason. */
    public StepTaken sendBack(String by, String reason, Instant at) {
        HazardState from = require(HazardState.AWAITING_ACCEPTANCE);
        requireText("reason", reason);
        rectification = null;
        state = HazardState.REMEDIATING;
        record(HazardStep.SENT_BACK, by, at, from, Map.of(), List.of(), reason);
        return step(HazardStep.SENT_BACK, "by", by, "reason", reason);
    }

    /** 重新打开 — an accepted hazard back into remediation, with a reason; optionally with a new deadline. */
    public StepTaken reopen(String by, String reason, LocalDate newDeadline, Instant at, LocalDate today) {
        HazardState from = require(HazardState.ACCEPTED);
        requireText("reason", reason);
        Map<String, String> changes = new LinkedHashMap<>();
        if (newDeadline != null) {
            if (newDeadline.isBefore(today)) {
                throw new InvalidValueException("deadline", "not-in-past", "the deadline " + newDeadline + " has passed");
            }
            changes.put("deadline", deadline + " → " + newDeadline);
            deadline = newDeadline;
        }
        acceptance = null;
        rectification = null;
        reopenCount++;
        changes.put("reopenCount", Integer.toString(reopenCount));
        state = HazardState.REMEDIATING;
        record(HazardStep.REOPENED, by, at, from, changes, List.of(), reason);
        return step(HazardStep.REOPENED, "by", by, "reason", reason);
    }

    /** Whether the remediation deadline has passed while the hazard is still being remediated (超期). */
    public boolean overdue(EscalationLadder ladder, Instant now) {
        return state == HazardState.REMEDIATING && deadline != null && !now.isBefore(ladder.passedAt(deadline));
    }

    /**
     * 超期升级 — fires every rung of the ladder that is due and has not fired for the current deadline; an
     * approved extension starts a new ladder. A major hazard is flagged to the group on its first rung.
     */
    public List<StepTaken> escalate(EscalationLadder ladder, Instant now) {
        if (!overdue(ladder, now)) {
            return List.of();
        }
        Instant passed = ladder.passedAt(deadline);
        List<StepTaken> steps = new ArrayList<>();
        for (int index = 0; index < ladder.rungs().size(); index++) {
            EscalationLadder.Rung rung = ladder.rungs().get(index);
            if (now.isBefore(passed.plus(rung.after())) || hasFired(index)) {
                continue;
            }
            escalations.add(new FiredEscalation(index, deadline, rung.notified(), now));
            boolean flag = finding.level() == HazardLevel.MAJOR;
            flaggedToGroup = flaggedToGroup || flag;
            long daysOverdue = Duration.between(passed, now).toDays();
            record(HazardStep.OVERDUE_STEP, "system", now, state,
                    Map.of("step", Integer.toString(index), "notified", rung.notified()), List.of(),
                    daysOverdue + " day(s) overdue");
            steps.add(step(HazardStep.OVERDUE_STEP, "step", index, "notified", rung.notified(), "daysOverdue", daysOverdue,
                    "flaggedToGroup", flag));
        }
        return steps;
    }

    private boolean hasFired(int index) {
        return escalations.stream().anyMatch(e -> e.step() == index && e.deadline().equals(deadline));
    }

    private HazardState require(HazardState... allowed) {
        Set<HazardState> states = EnumSet.of(allowed[0], allowed);
        if (!states.contains(state)) {
            throw new RuleViolationException("requires-" + allowed[0].name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "not allowed while the hazard is " + state + " (" + state.chineseName() + "); it must be " + states);
        }
        return state;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "required", "must not be blank");
        }
    }

    private void record(HazardStep step, String actor, Instant at, HazardState from, Map<String, String> changes,
                        List<String> evidence, String note) {
        history.add(new HistoryEntry(step, actor, at, from, state, changes, evidence, note));
    }

    private static StepTaken step(HazardStep step, Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return new StepTaken(step, fields);
    }

    public String id() { return id; }
    public long version() { return version; }
    public String groupId() { return groupId; }
    public String enterpriseId() { return enterpriseId; }
    public HazardOrigin origin() { return origin; }
    public HazardFinding finding() { return finding; }
    public String registrant() { return registrant; }
    public Instant registTime() { return registTime; }
    public HazardState state() { return state; }
    public ManageType manageType() { return manageType; }
    public RemediationPlan plan() { return plan; }
    /** 责任人: named or defaulted at registration, then the plan's responsibility. */
    public String liablePerson() { return liablePerson; }
    /** Whether the liable person or deadline are still the defaults of registration (replaced by the plan). */
    public boolean termsDefaulted() { return termsDefaulted; }
    public LocalDate deadline() { return deadline; }
    public LocalDate originalDeadline() { return originalDeadline; }
    public ExtensionRequest pendingExtension() { return pendingExtension; }
    public Rectification rectification() { return rectification; }
    public Acceptance acceptance() { return acceptance; }
    public int reopenCount() { return reopenCount; }
    public boolean flaggedToGroup() { return flaggedToGroup; }
    public List<HistoryEntry> history() { return List.copyOf(history); }
    public List<FiredEscalation> escalations() { return List.copyOf(escalations); }
}
