package cn.dualprevention.hazard.hazard.application;

import cn.dualprevention.hazard.hazard.domain.ClosingAuthority;
import cn.dualprevention.hazard.hazard.domain.EscalationLadder;
import cn.dualprevention.hazard.hazard.domain.Hazard;
import cn.dualprevention.hazard.hazard.domain.HazardFilter;
import cn.dualprevention.hazard.hazard.domain.HazardFinding;
import cn.dualprevention.hazard.hazard.domain.HazardLevel;
import cn.dualprevention.hazard.hazard.domain.HazardOrigin;
import cn.dualprevention.hazard.hazard.domain.HazardState;
import cn.dualprevention.hazard.hazard.domain.Hazards;
import cn.dualprevention.hazard.hazard.domain.RemediationPlan;
import cn.dualprevention.hazard.hazard.domain.RemediationTerms;
import cn.dualprevention.hazard.hazard.domain.StepTaken;
import cn.dualprevention.hazard.photo.application.PhotoLibrary;
import cn.dualprevention.hazard.riskmodel.domain.RiskUnitDirectory;
import cn.dualprevention.hazard.riskmodel.domain.RiskUnitFacts;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * 隐患治理 — the remediation loop as the caller drives it: register, confirm or reject, plan or fix on the spot,
 * extensions, submit, accept or send back, reopen. Every step is stored with its event in one write.
 */
@Service
public class HazardGovernance {

    static final String KIND = "hazard";

    private final Hazards hazards;
    private final RiskUnitDirectory units;
    private final PhotoLibrary photos;
    private final EscalationLadder ladder;
    private final Clock clock;

    public HazardGovernance(Hazards hazards, RiskUnitDirectory units, PhotoLibrary photos, EscalationSettings escalation,
                            Clock clock) {
        this.hazards = hazards;
        this.units = units;
        this.photos = photos;
        this.ladder = escalation.ladder();
        this.clock = clock;
    }

    /** 登记 — an ad-hoc finding of someone of the enterprise; the caller is the registrant. */
    public Hazard register(RegisterHazard command) {
        Caller caller = CallerContext.require();
        if (!caller.mayAccess(caller.groupId(), command.enterpriseId())) {
            throw new InvalidValueException("enterpriseId", "exists", "no enterprise " + command.enterpriseId() + " in the caller's scope");
        }
        HazardOrigin origin = HazardOrigin.none();
        if (command.unitId() != null) {
            RiskUnitFacts unit = units.find(command.unitId())
                    .filter(u -> command.enterpriseId().equals(u.enterpriseId()))
                    .orElseThrow(() -> new InvalidValueException("unitId", "exists", "no risk unit " + command.unitId() + " in that enterprise"));
            origin = new HazardOrigin(unit.unitId(), unit.name(), unit.riskObjectId(), unit.hazardCode(),
                    unit.responsibleDepartment(), command.measureId(), null, null);
        } else if (command.measureId() != null) {
            origin = new HazardOrigin(null, null, null, null, null, command.measureId(), null, null);
        }
        String name = command.name() != null ? command.name() : HazardFinding.nameFrom(command.description());
        HazardFinding finding = new HazardFinding(name, command.level(), command.source(), command.hazardType(),
                command.managementClassification(), command.occurrenceLink(), command.category(), command.description(),
                command.cause(), command.photoIds(), List.of());
        Hazard hazard = Hazard.register(Ids.newId(), caller.groupId(), command.enterpriseId(), origin, finding,
                caller.userId(), clock.instant(), RemediationTerms.named(command.liablePerson(), command.deadline()), today());
        photos.requireExisting("photoIds", finding.photoIds(), caller.groupId(), command.enterpriseId());
        hazards.add(hazard, List.of(HazardEvents.of(hazard, hazard.registered())));
        return hazard;
    }

    public Hazard get(String id) {
        Caller caller = CallerContext.require();
        Hazard hazard = hazards.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
        caller.requireAccess(hazard.groupId(), hazard.enterpriseId(), KIND, id);
        return hazard;
    }

    /** 隐患台账 — the caller's hazards, newest first, by state, level, unit, department, overdue. */
    public List<Hazard> ledger(HazardState state, HazardLevel level, String unitId, String department, boolean overdue,
                               String enterpriseId) {
        Caller caller = CallerContext.require();
        Set<String> enterprises = caller.allEnterprises() ? null : caller.enterpriseIds();
        if (enterpriseId != null) {
            if (!caller.mayAccess(caller.groupId(), enterpriseId)) {
                return List.of();
            }
            enterprises = Set.of(enterpriseId);
        }
        LocalDate overdueAsOf = overdue ? ladder.today(clock.instant()) : null;
        return hazards.search(new HazardFilter(caller.groupId(), enterprises, state, level, unitId, department, overdueAsOf));
    }

    public boolean overdue(Hazard hazard) {
        return hazard.overdue(ladder, clock.instant());
    }

    public Hazard confirm(String id) {
        return step(id, (h, by) -> h.confirm(by, now()));
    }

    /** 不是隐患 — dismissing a major hazard closes it, so only its closers may (see {@link ClosingAuthority}). */
    public Hazard reject(String id, String reason) {
        return step(id, (h, by) -> {
            ClosingAuthority.requireMayClose(h, CallerContext.require().roles(), "rejected as not a hazard");
            return h.reject(by, reason, now());
        });
    }

    public Hazard setPlan(String id, RemediationPlan plan) {
        return step(id, (h, by) -> h.setPlan(plan, by, now(), today()));
    }

    public Hazard fixOnTheSpot(String id, String description, List<String> afterPhotoIds) {
        return step(id, (h, by) -> {
            StepTaken taken = h.fixOnTheSpot(by, description, afterPhotoIds, now(), today());
            photos.requireExisting("afterPhotoIds", afterPhotoIds, h.groupId(), h.enterpriseId());
            return taken;
        });
    }

    public Hazard requestExtension(String id, LocalDate requestedDeadline, String reason) {
        return step(id, (h, by) -> h.requestExtension(requestedDeadline, reason, by, now()));
    }

    public Hazard decideExtension(String id, boolean approved, String comment) {
        return step(id, (h, by) -> h.decideExtension(approved, comment, by, now()));
    }

    public Hazard submit(String id, String description, List<String> afterPhotoIds) {
        return step(id, (h, by) -> {
            StepTaken taken = h.submit(by, description, afterPhotoIds, now());
            photos.requireExisting("afterPhotoIds", afterPhotoIds, h.groupId(), h.enterpriseId());
            return taken;
        });
    }

    /** 验收 — a major hazard is accepted only by its closers (see {@link ClosingAuthority}). */
    public Hazard accept(String id, String comment) {
        return step(id, (h, by) -> {
            ClosingAuthority.requireMayClose(h, CallerContext.require().roles(), "accepted");
            return h.accept(by, comment, now());
        });
    }

    public Hazard sendBack(String id, String reason) {
        return step(id, (h, by) -> h.sendBack(by, reason, now()));
    }

    public Hazard reopen(String id, String reason, LocalDate newDeadline) {
        return step(id, (h, by) -> h.reopen(by, reason, newDeadline, now(), today()));
    }

    private Hazard step(String id, BiFunction<Hazard, String, StepTaken> step) {
        Hazard hazard = get(id);
        StepTaken taken = step.apply(hazard, CallerContext.require().userId());
        hazards.update(hazard, List.of(HazardEvents.of(hazard, taken)));
        return hazards.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return ladder.today(clock.instant());
    }
}
