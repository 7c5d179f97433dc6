package cn.dualprevention.hazard.hazard.application;

import cn.dualprevention.hazard.hazard.domain.EscalationLadder;
import cn.dualprevention.hazard.hazard.domain.Hazard;
import cn.dualprevention.hazard.hazard.domain.HazardCategory;
import cn.dualprevention.hazard.hazard.domain.HazardFinding;
import cn.dualprevention.hazard.hazard.domain.HazardLevel;
import cn.dualprevention.hazard.hazard.domain.HazardOrigin;
import cn.dualprevention.hazard.hazard.domain.HazardSource;
import cn.dualprevention.hazard.hazard.domain.HazardType;
import cn.dualprevention.hazard.hazard.domain.Hazards;
import cn.dualprevention.hazard.hazard.domain.NationalCode;
import cn.dualprevention.hazard.hazard.domain.RemediationTerms;
import cn.dualprevention.hazard.riskmodel.domain.RiskUnitDirectory;
import cn.dualprevention.hazard.riskmodel.domain.RiskUnitFacts;
import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.events.EventJson;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.inbox.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 排查发现隐患 — an inspection record with "hazard found" becomes a hazard bound to the control measure, the task,
 * the record, the unit and its risk analysis object, registered by the inspector — nobody re-types it. The record's
 * photos stay in inspection-service and are referred to ({@code recordPhotoIds}). A major hazard gets the defaulted
 * liable person and deadline it is reported with ({@link MajorHazardDefaults}). At most one hazard per record: a
 * redelivered event (even with a new event id) creates nothing.
 */
@Component
public class HazardFromInspection implements EventHandler {

    private static final Logger log = LoggerFactory.getLogger(HazardFromInspection.class);

    private final Hazards hazards;
    private final RiskUnitDirectory units;
    private final MajorHazardDefaults majorDefaults;
    private final EscalationLadder ladder;
    private final Clock clock;
    private final EventJson json;

    HazardFromInspection(Hazards hazards, RiskUnitDirectory units, MajorHazardDefaults majorDefaults,
                         EscalationSettings escalation, Clock clock, EventJson json) {
        this.hazards = hazards;
        this.units = units;
        this.majorDefaults = majorDefaults;
        this.ladder = escalation.ladder();
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(InspectionRecordSubmitted.TYPE);
    }

    @Override
    public void handle(EventEnvelope event) {
        InspectionRecordSubmitted record = json.data(event, InspectionRecordSubmitted.class);
        if (!InspectionRecordSubmitted.HAZARD_FOUND.equals(record.checkStatus()) || record.hazard() == null) {
            return;
        }
        if (hazards.findByRecord(record.recordId()).isPresent()) {
            log.info("hazard of inspection record {} already registered", record.recordId());
            return;
        }
        Optional<RiskUnitFacts> unit = Optional.ofNullable(record.unitId()).flatMap(units::find);
        HazardOrigin origin = new HazardOrigin(record.unitId(), unit.map(RiskUnitFacts::name).orElse(null),
                record.riskObjectId() != null ? record.riskObjectId() : unit.map(RiskUnitFacts::riskObjectId).orElse(null),
                unit.map(RiskUnitFacts::hazardCode).orElse(null), unit.map(RiskUnitFacts::responsibleDepartment).orElse(null),
                record.measureId(), record.taskId(), record.recordId());
        InspectionRecordSubmitted.Finding found = record.hazard();
        HazardFinding finding = new HazardFinding(HazardFinding.nameFrom(found.description()),
                "MAJOR".equals(found.level()) ? HazardLevel.MAJOR : HazardLevel.GENERAL,
                found.source() == null ? HazardSource.ROUTINE : NationalCode.fromCode(HazardSource.class, "source", found.source()),
                found.hazardType() == null ? HazardType.OTHER : NationalCode.fromCode(HazardType.class, "hazardType", found.hazardType()),
                null, null, categoryOf(record.workType()), found.description(), null, List.of(), record.photoIds());
        String registrant = record.personName() != null ? record.personName() : record.personId();
        Instant registTime = record.checkTime() != null ? record.checkTime() : event.time();
        RemediationTerms terms = finding.level() == HazardLevel.MAJOR
                ? majorDefaults.termsFor(event.enterpriseId(), unit, registrant, registTime) : RemediationTerms.none();
        Hazard hazard = Hazard.register(Ids.newId(), event.groupId(), event.enterpriseId(), origin, finding, registrant,
                registTime, terms, ladder.today(clock.instant()));
        if (!hazards.add(hazard, List.of(HazardEvents.of(hazard, hazard.registered())))) {
            log.info("hazard of inspection record {} already registered", record.recordId());
        }
    }

    /** A 包保 task's finding is registered by the main / technical / operational responsible person (hazardCategory). */
    private static HazardCategory categoryOf(String workType) {
        if (workType == null) {
            return HazardCategory.OTHER;
        }
        return switch (workType) {
            case "MAIN" -> HazardCategory.MAIN_RESPONSIBLE;
            case "TECHNICAL" -> HazardCategory.TECHNICAL_RESPONSIBLE;
            case "OPERATIONAL" -> HazardCategory.OPERATIONAL_RESPONSIBLE;
            default -> HazardCategory.OTHER;
        };
    }
}
