package cn.dualprevention.hazard.hazard.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A hazard as the API shows it: codes as the national codes, {@code state} internal with its Chinese name,
 * {@code nationalState} 0/1/9 (absent before confirmation or when rejected). {@code photoIds} / {@code afterPhotoIds}
 * are served by {@code GET /api/v1/hazards/photos/{id}}, {@code recordPhotoIds} (the inspection record's) by
 * inspection-service's {@code GET /api/v1/inspection-photos/{id}}. {@code liablePerson} and {@code deadline} of a major
 * hazard exist from registration; {@code termsDefaulted} while they are still the defaults the plan will replace.
 */
public record HazardResponse(String id, long version, String enterpriseId, String unitId, String unitName,
                             String riskObjectId, String hazardCode, String department, String measureId, String taskId,
                             String recordId, String name, String level, String levelName, String source,
                             String sourceName, String hazardType, String managementClassification,
                             String occurrenceLink, String category, String description, String cause,
                             List<String> photoIds, List<String> recordPhotoIds, String registrant, Instant registTime,
                             String state, String stateName, String nationalState, String manageType,
                             String liablePerson, boolean termsDefaulted, String measures, String funds, String contingencyPlan, LocalDate deadline,
                             LocalDate originalDeadline, PendingExtension pendingExtension, String rectifier,
                             String rectificationDescription, List<String> afterPhotoIds, String acceptPerson,
                             Instant acceptTime, String acceptComment, int reopenCount, boolean overdue,
                             boolean flaggedToGroup) {

    /** An extension request waiting for a decision. */
    public record PendingExtension(String requestedBy, LocalDate requestedDeadline, String reason, Instant at) {
    }
}
