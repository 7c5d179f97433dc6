package cn.dualprevention.sandbox.hub.domain;

/** 隐患信息 ({@code hiddenDanger}). */
final class HiddenDangerRules implements RecordRules.TypeRules {

    @Override
    public void check(RecordCheck c) {
        ReceiverProfile p = c.profile();
        c.maxWidth("hazardCode", 36, false);
        String recordIdField = p.checkRecordIdField();
        ReceiverProfile.CHECK_RECORD_ID_FIELDS.stream().filter(f -> !f.equals(recordIdField))
                .forEach(other -> c.wrongVariant(other, recordIdField));
        String checkRecordId = c.recordId(recordIdField, false);
        c.recordId("riskMeasureId", checkRecordId != null);
        c.maxWidth("dangerName", 300, true);
        c.code("dangerLevel", CodeTables.DANGER_LEVEL, true);
        c.dateTime("registTime", true);
        c.maxWidth("registrant", 100, true);
        c.code("dangerSrc", CodeTables.DANGER_SRC, true);
        c.code("dangerManageType", CodeTables.DANGER_MANAGE_TYPE, true);
        c.code("hazardDangerType", CodeTables.HAZARD_DANGER_TYPE, true);
        c.code("hazardCategory", CodeTables.HAZARD_CATEGORY, false);
        c.required("dangerDesc");
        c.value("dangerReason", false);
        c.maxWidth("controlMeasures", 1000, false);
        c.maxWidth("cost", 100, false);
        c.maxWidth("liablePerson", 100, true);
        c.date("dangerManageDeadline", true);
        String state = c.code("dangerState", CodeTables.DANGER_STATE, true);
        boolean accepted = "9".equals(state);
        c.maxWidth("checkAcceptPerson", 100, accepted);
        c.dateTime("checkAcceptTime", accepted);
        c.maxWidth("checkAcceptComment", 1000, accepted);
        c.code("managementClassification", CodeTables.MANAGEMENT_CLASSIFICATION, false);
        c.code("occurrenceLink", CodeTables.OCCURRENCE_LINK, false);
        photos(c, p);
    }

    private static void photos(RecordCheck c, ReceiverProfile p) {
        for (java.util.List<String> variant : ReceiverProfile.PHOTO_FIELDS) {
            if (!variant.get(0).equals(p.hazardPhotoField())) {
                c.wrongVariant(variant.get(0), p.hazardPhotoField());
                c.wrongVariant(variant.get(1), p.acceptancePhotoField());
            }
        }
        for (String field : new String[] {p.hazardPhotoField(), p.acceptancePhotoField()}) {
            String v = c.value(field, false);
            if (v != null) {
                Photo.check(v, p.attachmentFormat()).ifPresent(msg -> c.violation(field, "attachment", msg));
            }
        }
    }
}
