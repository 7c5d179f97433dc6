package cn.dualprevention.hazard.hazard.application;

import cn.dualprevention.hazard.hazard.domain.EscalationLadder;
import cn.dualprevention.hazard.hazard.domain.RemediationTerms;
import cn.dualprevention.hazard.riskmodel.domain.RiskUnitFacts;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * 重大隐患默认责任人与期限 — what a major hazard found on an inspection record is reported with until its plan is set
 * (the inspector does not know them, the regulator's record requires them): the risk unit's responsible person (from
 * the risk-unit replica; the registrant when the unit or its person is unknown) and the registration date plus the
 * configured period, both marked as defaulted.
 */
@Component
class MajorHazardDefaults {

    private final MajorHazardSettings settings;
    private final EscalationLadder ladder;

    MajorHazardDefaults(MajorHazardSettings settings, EscalationSettings escalation) {
        this.settings = settings;
        this.ladder = escalation.ladder();
    }

    RemediationTerms termsFor(String enterpriseId, Optional<RiskUnitFacts> unit, String registrant, Instant registTime) {
        Optional<String> responsible = unit.map(RiskUnitFacts::responsiblePerson).filter(p -> !p.isBlank());
        String liablePerson = responsible.orElse(registrant);
        String liableBasis = responsible.isPresent() ? "responsible person of risk unit " + unit.get().name()
                : "registrant (the risk unit's responsible person is not known)";
        Period period = settings.defaultDeadlineOf(enterpriseId);
        LocalDate deadline = ladder.today(registTime).plus(period);
        return new RemediationTerms(liablePerson, deadline, liableBasis, "registration + " + period);
    }
}
