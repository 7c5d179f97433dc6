package cn.dualprevention.exchange.record.domain;

import org.junit.jupiter.api.Test;

import static cn.dualprevention.exchange.record.domain.Contexts.facts;
import static cn.dualprevention.exchange.record.domain.Contexts.with;
import static org.assertj.core.api.Assertions.assertThat;

class HiddenDangerMapperTest {

    private static final String HAZARD_ID = "0195f3a2-7c1e-7d3a-9b1e-00000000e001";
    private static final String MEASURE_ID = "0195f3a2-7c1e-7d3a-9b1e-00000000c001";
    private static final String RECORD_ID = "0195f3a2-7c1e-7d3a-9b1e-00000000d001";
    private static final Facts REMEDIATING = facts("hazardId", HAZARD_ID, "enterpriseId", "e1", "hazardCode", "410100001001",
            "measureId", MEASURE_ID, "recordId", RECORD_ID, "taskId", "t1", "name", "储罐液位计失灵", "level", "GENERAL",
            "source", "1", "hazardType", "4", "managementClassification", "2", "occurrenceLink", "6", "category", "0",
            "description", "2号储罐液位计显示不变", "cause", "传感器老化", "state", "REMEDIATING", "nationalState", "0",
            "manageType", "BY_DEADLINE", "liablePerson", "赵磊", "deadline", "2026-03-31", "cost", "2000元",
            "plan", "更换液位计", "registrant", "王强", "registTime", "2026-03-02T01:30:00Z");
    private final HiddenDangerMapper mapper = new HiddenDangerMapper();

    @Test
    void aHazardUnderRemediationBecomesAHiddenDangerRecordBoundToItsMeasureAndRecord() {
        BuiltRecord built = mapper.map("hazard.plan-set.v1", REMEDIATING, Contexts.fresh());
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.fields()).containsEntry("id", HAZARD_ID).containsEntry("hazardCode", "410100001001")
                .containsEntry("riskMeasureId", MEASURE_ID).containsEntry("checkRecordId", RECORD_ID)
                .containsEntry("dangerName", "储罐液位计失灵").containsEntry("dangerLevel", "0")
                .containsEntry("registTime", "20260302093000").containsEntry("registrant", "王强")
                .containsEntry("dangerSrc", "1").containsEntry("dangerManageType", "1").containsEntry("hazardDangerType", "4")
                .containsEntry("hazardCategory", "0").containsEntry("dangerDesc", "2号储罐液位计显示不变")
                .containsEntry("dangerReason", "传感器老化").containsEntry("controlMeasures", "更换液位计")
                .containsEntry("cost", "2000元").containsEntry("liablePerson", "赵磊")
                .containsEntry("dangerManageDeadline", "20260331").containsEntry("dangerState", "0")
                .containsEntry("managementClassification", "2").containsEntry("occurrenceLink", "6");
        assertThat(built.parents()).containsExactly(new RecordRef(RecordType.CONTROL_MEASURE, MEASURE_ID),
                new RecordRef(RecordType.CHECK_RECORD, RECORD_ID));
    }

    @Test
    void levelsAndManageTypesFollowTheCodeTables() {
        assertThat(mapper.map("x", with(REMEDIATING, "level", "MAJOR"), Contexts.fresh()).field("dangerLevel")).isEqualTo("1");
        assertThat(mapper.map("x", with(REMEDIATING, "manageType", "ON_THE_SPOT"), Contexts.fresh()).field("dangerManageType"))
                .isEqualTo("0");
        for (int source = 1; source <= 10; source++) {
            assertThat(mapper.map("x", with(REMEDIATING, "source", String.valueOf(source)), Contexts.fresh()).sendable()).isTrue();
        }
        for (int type = 1; type <= 8; type++) {
            assertThat(mapper.map("x", with(REMEDIATING, "hazardType", String.valueOf(type)), Contexts.fresh()).sendable()).isTrue();
        }
        for (int category = 0; category <= 3; category++) {
            assertThat(mapper.map("x", with(REMEDIATING, "category", String.valueOf(category)), Contexts.fresh()).sendable()).isTrue();
        }
    }

    @Test
    void codesOutsideTheTablesAreHeld() {
        BuiltRecord built = mapper.map("x", with(REMEDIATING, "source", "11", "hazardType", "9", "category", "4",
                "managementClassification", "4", "occurrenceLink", "11", "level", "CRITICAL"), Contexts.fresh());
        assertThat(built.problems()).hasSize(6).anyMatch(p -> p.startsWith("dangerSrc: 11"))
                .anyMatch(p -> p.startsWith("hazardDangerType: 9")).anyMatch(p -> p.startsWith("hazardCategory: 4"))
                .anyMatch(p -> p.startsWith("managementClassification: 4")).anyMatch(p -> p.startsWith("occurrenceLink: 11"))
                .anyMatch(p -> p.equals("dangerLevel: no national code for CRITICAL"));
    }

    @Test
    void onlyTheNationalStatesTravelAndAnInternalStateIsHeldBack() {
        assertThat(mapper.map("x", with(REMEDIATING, "nationalState", "1"), Contexts.fresh()).field("dangerState")).isEqualTo("1");
        Facts awaiting = with(REMEDIATING, "state", "AWAITING_CONFIRMATION", "nationalState", null);
        assertThat(mapper.map("hazard.registered.v1", awaiting, Contexts.fresh()).problems())
                .containsExactly("dangerState: internal state AWAITING_CONFIRMATION has no national code; held back");
    }

    @Test
    void aMajorHazardTravelsOnRegistration() {
        Facts major = with(REMEDIATING, "state", "AWAITING_CONFIRMATION", "nationalState", null, "level", "MAJOR", "manageType", null);
        BuiltRecord built = mapper.map("hazard.registered.v1", major, Contexts.fresh());
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.fields()).containsEntry("dangerLevel", "1").containsEntry("dangerState", "0")
                .containsEntry("dangerManageType", "1"); // a major hazard is remediated by a deadline, never on the spot
    }

    @Test
    void anAcceptedHazardCarriesItsAcceptance() {
        Facts accepted = with(REMEDIATING, "state", "ACCEPTED", "nationalState", "9");
        assertThat(mapper.map("hazard.accepted.v1", accepted, Contexts.fresh()).problems()).containsExactlyInAnyOrder(
                "checkAcceptPerson is required", "checkAcceptTime is required", "checkAcceptComment is required");
        BuiltRecord built = mapper.map("hazard.accepted.v1", with(accepted, "acceptPerson", "刘洋",
                "acceptTime", "2026-03-20T02:00:00Z", "acceptComment", "已更换，验收合格"), Contexts.fresh());
        assertThat(built.sendable()).isTrue();
        assertThat(built.fields()).containsEntry("checkAcceptPerson", "刘洋").containsEntry("checkAcceptTime", "20260320100000")
                .containsEntry("dangerState", "9");
    }

    @Test
    void aHazardFoundByATaskMustBeBoundToItsMeasureAndRequiredFieldsMustBeThere() {
        BuiltRecord built = mapper.map("x", with(REMEDIATING, "measureId", null, "liablePerson", null, "deadline", null,
                "name", "隐".repeat(151)), Contexts.fresh());
        assertThat(built.problems()).containsExactlyInAnyOrder("riskMeasureId is required for a hazard found by an inspection task",
                "liablePerson is required", "dangerManageDeadline is required",
                "dangerName is 302 wide, the limit is 300 (a Chinese character counts as two)");
    }

    /** 隐患照片: references only (the bytes are fetched when the record goes out), the hazard's own photos first. */
    @Test
    void photosTravelAsReferencesTheHazardsOwnFirstThenThoseOfTheInspectionRecordAndTheAfterPhotosApart() {
        BuiltRecord built = mapper.map("hazard.submitted.v1", with(REMEDIATING, "photoIds", java.util.List.of("h1", "h2"),
                "recordPhotoIds", java.util.List.of("r1"), "afterPhotoIds", java.util.List.of("a1")), Contexts.fresh());
        assertThat(built.sendable()).as(built.problems().toString()).isTrue();
        assertThat(built.fields()).containsEntry("attachments1",
                        java.util.List.of("hazard-service:h1", "hazard-service:h2", "inspection-service:r1"))
                .containsEntry("attachments2", java.util.List.of("hazard-service:a1"));
        assertThat(java.util.List.copyOf(built.fields().keySet())).endsWith("occurrenceLink", "attachments1", "attachments2");
        assertThat(PhotoRef.listOf(built.field("attachments1"))).containsExactly(new PhotoRef(PhotoOrigin.HAZARD, "h1"),
                new PhotoRef(PhotoOrigin.HAZARD, "h2"), new PhotoRef(PhotoOrigin.INSPECTION, "r1"));
    }

    @Test
    void aHazardWithoutPhotosOfItsOwnShowsThoseOfTheInspectionRecordItWasFoundOn() {
        BuiltRecord built = mapper.map("hazard.plan-set.v1", with(REMEDIATING, "photoIds", java.util.List.of(),
                "recordPhotoIds", java.util.List.of("r1", "r2"), "afterPhotoIds", java.util.List.of()), Contexts.fresh());
        assertThat(built.fields()).containsEntry("attachments1", java.util.List.of("inspection-service:r1", "inspection-service:r2"))
                .containsEntry("attachments2", null);
    }

    @Test
    void noPhotosNoAttachmentsAndAWithdrawnHazardCarriesNone() {
        assertThat(mapper.map("hazard.plan-set.v1", REMEDIATING, Contexts.fresh()).fields())
                .containsEntry("attachments1", null).containsEntry("attachments2", null);
        BuiltRecord withdrawn = mapper.map(HiddenDangerMapper.REJECTED, with(REMEDIATING, "photoIds", java.util.List.of("h1"),
                "afterPhotoIds", java.util.List.of("a1")), Contexts.of(MappingProfile.DEFAULT, true, RecordLookup.NONE));
        assertThat(withdrawn.fields()).containsEntry("deleted", "1").containsEntry("attachments1", null)
                .containsEntry("attachments2", null);
    }

    @Test
    void aPhotoReferenceReadsBackFromItsText() {
        assertThat(PhotoRef.parse("inspection-service:0195-x")).contains(new PhotoRef(PhotoOrigin.INSPECTION, "0195-x"));
        assertThat(PhotoRef.parse("somewhere:1")).isEmpty();
        assertThat(PhotoRef.parse("hazard-service:")).isEmpty();
        assertThat(PhotoRef.parse(42)).isEmpty();
        assertThat(PhotoRef.listOf("hazard-service:1")).isEmpty();
    }
}
