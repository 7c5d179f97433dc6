package cn.dualprevention.hazard.hazard.application;

import cn.dualprevention.hazard.hazard.domain.Hazard;
import cn.dualprevention.hazard.hazard.domain.HazardFinding;
import cn.dualprevention.hazard.hazard.domain.NationalCode;
import cn.dualprevention.hazard.hazard.domain.StepTaken;
import cn.dualprevention.platform.events.NewEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of {@code dp.hazard.events} (docs/events.md): every event's data is the full current hazard plus
 * the step's own fields. Codes travel as their national codes (source {@code "1"}–{@code "10"} …), the level
 * and manage type as names, {@code state} internal and {@code nationalState} 0/1/9 or absent.
 */
final class HazardEvents {

    private HazardEvents() {
    }

    static List<NewEvent> of(Hazard hazard, List<StepTaken> steps) {
        return steps.stream().map(step -> of(hazard, step)).toList();
    }

    static NewEvent of(Hazard hazard, StepTaken step) {
        Map<String, Object> data = data(hazard);
        data.putAll(step.fields());
        return new NewEvent(step.step().eventType(), hazard.groupId(), hazard.enterpriseId(), hazard.id(), data);
    }

    /** The full current hazard as it travels on every event. */
    static Map<String, Object> data(Hazard h) {
        HazardFinding f = h.finding();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("hazardId", h.id());
        data.put("enterpriseId", h.enterpriseId());
        data.put("unitId", h.origin().unitId());
        data.put("riskObjectId", h.origin().riskObjectId());
        data.put("hazardCode", h.origin().hazardCode());
        data.put("department", h.origin().department());
        data.put("measureId", h.origin().measureId());
        data.put("taskId", h.origin().taskId());
        data.put("recordId", h.origin().recordId());
        data.put("name", f.name());
        data.put("level", f.level().name());
        data.put("source", code(f.source()));
        data.put("hazardType", code(f.hazardType()));
        data.put("managementClassification", code(f.managementClassification()));
        data.put("occurrenceLink", code(f.occurrenceLink()));
        data.put("category", code(f.category()));
        data.put("description", f.description());
        data.put("cause", f.cause());
        data.put("state", h.state().name());
        data.put("nationalState", h.state().nationalCode().orElse(null));
        data.put("manageType", h.manageType() == null ? null : h.manageType().name());
        data.put("liablePerson", h.liablePerson());
        data.put("termsDefaulted", h.termsDefaulted());
        data.put("deadline", h.deadline());
        data.put("originalDeadline", h.originalDeadline());
        data.put("cost", h.plan() == null ? null : h.plan().funds());
        data.put("plan", h.plan() == null ? null : h.plan().measures());
        data.put("contingencyPlan", h.plan() == null ? null : h.plan().contingencyPlan());
        data.put("acceptPerson", h.acceptance() == null ? null : h.acceptance().by());
        data.put("acceptTime", h.acceptance() == null ? null : h.acceptance().at());
        data.put("acceptComment", h.acceptance() == null ? null : h.acceptance().comment());
        data.put("registrant", h.registrant());
        data.put("registTime", h.registTime());
        data.put("photoIds", f.photoIds());
        data.put("recordPhotoIds", f.recordPhotoIds());
        data.put("afterPhotoIds", h.rectification() == null ? List.of() : h.rectification().afterPhotoIds());
        data.put("reopenCount", h.reopenCount());
        data.put("flaggedToGroup", h.flaggedToGroup());
        data.values().removeIf(v -> v == null);
        return data;
    }

    private static String code(NationalCode value) {
        return value == null ? null : value.code();
    }
}
