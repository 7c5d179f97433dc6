package cn.dualprevention.risk.riskregister.infrastructure;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An import job as stored in {@code risk_import_jobs}: the whole plan, so that it can be applied again. */
@Document("risk_import_jobs")
@CompoundIndex(name = "enterprise_checksum", def = "{'enterpriseId': 1, 'checksum': 1}", unique = true)
record ImportJobDocument(@Id String id, String groupId, String enterpriseId, String checksum, String actor,
                         Instant createdAt, String state, List<UnitEntry> units, ReportEntry report) {

    record UnitEntry(String id, String hazardCode, String name, String responsibleDepartment, String responsiblePerson,
                     Double longitude, Double latitude, String level, String qrToken, List<EventEntry> events) {
    }

    record EventEntry(String id, String name, String consequence, AssessmentEntry assessment, List<MeasureEntry> measures) {
    }

    record AssessmentEntry(String kind, String method, Map<String, String> factors, String score, String level,
                           String directRule, String reason, String assessor, Instant assessedAt) {
    }

    record MeasureEntry(String id, String controlMode, String description, String classify1, String classify2,
                        String classify3, String troubleshootContent, String controlLevel, String responsiblePostId) {
    }

    record ReportEntry(int rows, int importedUnits, int importedEvents, int importedMeasures, List<String> rejectedUnits,
                       List<ProblemEntry> problems) {
    }

    record ProblemEntry(int row, String column, String header, String rule, String message) {
    }
}
