package cn.dualprevention.hazard.hazard.web;

import cn.dualprevention.hazard.hazard.application.RegisterHazard;
import cn.dualprevention.hazard.hazard.domain.Hazard;
import cn.dualprevention.hazard.hazard.domain.HazardCategory;
import cn.dualprevention.hazard.hazard.domain.HazardSource;
import cn.dualprevention.hazard.hazard.domain.HazardType;
import cn.dualprevention.hazard.hazard.domain.HistoryEntry;
import cn.dualprevention.hazard.hazard.domain.ManagementClassification;
import cn.dualprevention.hazard.hazard.domain.NationalCode;
import cn.dualprevention.hazard.hazard.domain.OccurrenceLink;
import cn.dualprevention.hazard.hazard.domain.RemediationPlan;
import org.mapstruct.Mapper;

import java.util.List;

/**
 * Requests to commands and hazards to responses. The aggregate is a behaviour-rich class rather than a record,
 * so the hazard mapping is written out here; MapStruct maps the simple records.
 */
@Mapper
interface HazardWebMapper {

    RemediationPlan toPlan(HazardRequests.Plan request);

    HistoryEntryResponse toResponse(HistoryEntry entry);

    default RegisterHazard toCommand(HazardRequests.Register r) {
        return new RegisterHazard(r.enterpriseId(), r.unitId(), r.measureId(), r.name(), r.level(),
                NationalCode.fromCode(HazardSource.class, "source", r.source()),
                NationalCode.fromCode(HazardType.class, "hazardType", r.hazardType()),
                NationalCode.fromCode(ManagementClassification.class, "managementClassification", r.managementClassification()),
                NationalCode.fromCode(OccurrenceLink.class, "occurrenceLink", r.occurrenceLink()),
                NationalCode.fromCode(HazardCategory.class, "category", r.category()),
                r.description(), r.cause(), r.photoIds(), r.liablePerson(), r.deadline());
    }

    default HazardResponse toResponse(Hazard h, boolean overdue) {
        var f = h.finding();
        var o = h.origin();
        var plan = h.plan();
        var rect = h.rectification();
        var acc = h.acceptance();
        var ext = h.pendingExtension();
        return new HazardResponse(h.id(), h.version(), h.enterpriseId(), o.unitId(), o.unitName(), o.riskObjectId(),
                o.hazardCode(), o.department(), o.measureId(), o.taskId(), o.recordId(), f.name(), f.level().name(),
                f.level().chineseName(), f.source().code(), f.source().chineseName(), f.hazardType().code(),
                code(f.managementClassification()), code(f.occurrenceLink()), code(f.category()), f.description(),
                f.cause(), f.photoIds(), f.recordPhotoIds(), h.registrant(), h.registTime(), h.state().name(),
                h.state().chineseName(), h.state().nationalCode().orElse(null),
                h.manageType() == null ? null : h.manageType().name(), h.liablePerson(), h.termsDefaulted(),
                plan == null ? null : plan.measures(),
                plan == null ? null : plan.funds(), plan == null ? null : plan.contingencyPlan(), h.deadline(),
                h.originalDeadline(),
                ext == null ? null : new HazardResponse.PendingExtension(ext.requestedBy(), ext.requestedDeadline(), ext.reason(), ext.at()),
                rect == null ? null : rect.rectifier(), rect == null ? null : rect.description(),
                rect == null ? List.of() : rect.afterPhotoIds(), acc == null ? null : acc.by(),
                acc == null ? null : acc.at(), acc == null ? null : acc.comment(), h.reopenCount(), overdue,
                h.flaggedToGroup());
    }

    private static String code(NationalCode value) {
        return value == null ? null : value.code();
    }
}
