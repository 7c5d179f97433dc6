package cn.dualprevention.exchange.delivery.domain;

import cn.dualprevention.exchange.receiver.domain.Acknowledgement;
import cn.dualprevention.exchange.receiver.domain.HttpBatchProfile;
import cn.dualprevention.exchange.receiver.domain.StreamProfile;
import cn.dualprevention.exchange.record.domain.BuiltRecord;
import cn.dualprevention.exchange.record.domain.RecordRef;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.exchange.record.domain.RiskClassEncoding;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each way receivers differ is a profile setting: the same record, as each receiver expects it. */
class ReceiverDialectTest {

    private static final String ID = "0195f3a2-7c1e-7d3a-9b1e-00000000d001";
    private static final String HAZARD_PHOTO = "hazard-service:p1";
    private static final String RECORD_PHOTO = "inspection-service:r1";
    private static final String AFTER_PHOTO = "hazard-service:a1";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @Test
    void theSpecificationAsWrittenLeavesTheRecordAsBuiltAndDropsAbsentFields() {
        WireRecord wire = ReceiverDialect.toWire(hazard(), profile(Map.of(), List.of(), "yyyyMMddHHmmss", "yyyyMMdd", false, false, false));
        assertThat(wire.sendable()).isTrue();
        assertThat(wire.fields()).containsEntry("checkRecordId", "r1").containsEntry("createDate", "20260301090000")
                .containsEntry("dangerManageDeadline", "20260331").doesNotContainKey("cost");
        assertThat(wire.fields()).containsEntry("attachments1", List.of(HAZARD_PHOTO, RECORD_PHOTO))
                .containsEntry("attachments2", List.of(AFTER_PHOTO));
        assertThat(wire.photos()).containsOnlyKeys("attachments1", "attachments2");
        // the stream: the same record without photos (no bytes on the broker, no reference the regulator cannot resolve)
        WireRecord streamed = ReceiverDialect.toWire(hazard(), new StreamProfile("dp.regulator"));
        Map<String, Object> withoutPhotos = new LinkedHashMap<>(wire.fields());
        withoutPhotos.keySet().removeAll(List.of("attachments1", "attachments2"));
        assertThat(streamed.fields()).isEqualTo(withoutPhotos);
        assertThat(streamed.needsPhotos()).isFalse();
    }

    @Test
    void datesFollowTheReceiversFormats() {
        WireRecord wire = ReceiverDialect.toWire(hazard(), profile(Map.of(), List.of(), "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", false, false, false));
        assertThat(wire.fields()).containsEntry("createDate", "2026-03-01 09:00:00").containsEntry("updateDate", "2026-03-02 10:30:00")
                .containsEntry("registTime", "2026-03-02 01:35:00").containsEntry("dangerManageDeadline", "2026-03-31");
    }

    @Test
    void fieldNameVariantsAreRenamedInPlace() {
        WireRecord wire = ReceiverDialect.toWire(hazard(), profile(Map.of("hiddenDanger.checkRecordId", "recordId",
                "hiddenDanger.attachments1", "dangerImg", "riskUnit.hazardCode", "ignoredForOtherTypes"), List.of(),
                "yyyyMMddHHmmss", "yyyyMMdd", false, false, false));
        assertThat(wire.fields()).containsEntry("recordId", "r1").containsEntry("dangerImg", List.of(HAZARD_PHOTO, RECORD_PHOTO))
                .doesNotContainKeys("checkRecordId", "attachments1").containsKey("hazardCode");
        assertThat(wire.photos()).containsOnlyKeys("dangerImg", "attachments2");
        assertThat(List.copyOf(wire.fields().keySet()).indexOf("recordId")).isEqualTo(List.copyOf(hazard().fields().keySet()).indexOf("checkRecordId"));
    }

    @Test
    void photosTravelAsDataUrlsWhenTheReceiverWantsThem() {
        HttpBatchProfile dataUrls = profile(Map.of("hiddenDanger.attachments1", "dangerImg"), List.of(), "yyyyMMddHHmmss",
                "yyyyMMdd", false, false, true);
        WireRecord wire = ReceiverDialect.toWire(hazard(), dataUrls);
        PhotoSource photos = ref -> new FetchedPhoto.Found(ref, ref.text().equals(AFTER_PHOTO) ? PNG : JPEG);
        PhotoAttachments.Attachment attached = new PhotoAttachments(photos, (picture, max) -> java.util.Optional.empty(), 5 << 20)
                .attach(wire, dataUrls);
        assertThat(attached).isInstanceOf(PhotoAttachments.Attachment.Ready.class);
        WireRecord ready = ((PhotoAttachments.Attachment.Ready) attached).wire();
        assertThat(ready.fields()).containsEntry("dangerImg", "data:image/jpeg;base64,/9j/4AAQ")
                .containsEntry("attachments2", "data:image/png;base64,iVBORw0KGgo=");
        assertThat(List.copyOf(ready.fields().keySet())).isEqualTo(List.copyOf(wire.fields().keySet()));
        assertThat(ready.needsPhotos()).isFalse();
    }

    @Test
    void aReceiversOwnRequiredFieldsHoldTheRecordForThatReceiverOnly() {
        WireRecord wire = ReceiverDialect.toWire(hazard(), profile(Map.of(), List.of("hiddenDanger.managementClassification",
                "hiddenDanger.dangerName", "riskUnit.longitude"), "yyyyMMddHHmmss", "yyyyMMdd", false, false, false));
        assertThat(wire.problems()).containsExactly("managementClassification is required by this receiver");
    }

    @Test
    void aRiskUnitsNonMajorSourceCodeGoesToHazardCode1WhenTheReceiverSplitsThem() {
        HttpBatchProfile split = profile(Map.of(), List.of(), "yyyyMMddHHmmss", "yyyyMMdd", false, true, false);
        assertThat(ReceiverDialect.toWire(unit("RO-TANKFARM-07"), split).fields()).containsEntry("hazardCode1", "RO-TANKFARM-07")
                .doesNotContainKey("hazardCode");
        assertThat(ReceiverDialect.toWire(unit("410100001001"), split).fields()).containsEntry("hazardCode", "410100001001")
                .doesNotContainKey("hazardCode1");
        assertThat(ReceiverDialect.toWire(unit("RO-TANKFARM-07"), profile(Map.of(), List.of(), "yyyyMMddHHmmss", "yyyyMMdd", false,
                false, false)).fields()).containsEntry("hazardCode", "RO-TANKFARM-07");
    }

    @Test
    void aFractionalCycleIsHeldForAReceiverThatTakesIntegersOnly() {
        BuiltRecord task = built(RecordType.CHECK_TASK, "checkCycle", "0.5", "checkCycleUnit", "天");
        assertThat(ReceiverDialect.toWire(task, profile(Map.of(), List.of(), "yyyyMMddHHmmss", "yyyyMMdd", true, false, false)).problems())
                .containsExactly("checkCycle 0.5 is not an integer, and this receiver takes integers only");
        assertThat(ReceiverDialect.toWire(task, profile(Map.of(), List.of(), "yyyyMMddHHmmss", "yyyyMMdd", false, false, false)).sendable())
                .isTrue();
        assertThat(ReceiverDialect.toWire(built(RecordType.CHECK_TASK, "checkCycle", "7"), profile(Map.of(), List.of(),
                "yyyyMMddHHmmss", "yyyyMMdd", true, false, false)).sendable()).isTrue();
    }

    /** Every field-name variant of the specification, and the names as written when a receiver has none. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource({"hiddenDanger.checkRecordId,recordId,r1",
            "hiddenDanger.attachments1,dangerImg,hazard-service:p1", "hiddenDanger.attachments2,dangerAcceptImg,hazard-service:a1"})
    void eachFieldNameVariantOfTheSpecification(String field, String variant, String text) {
        Object value = field.contains("attachments") ? (Object) (field.endsWith("1") ? List.of(text, RECORD_PHOTO) : List.of(text)) : text;
        String specName = field.substring(field.indexOf('.') + 1);
        Map<String, Object> renamed = ReceiverDialect.toWire(hazard(), profile(Map.of(field, variant), List.of(), "yyyyMMddHHmmss",
                "yyyyMMdd", false, false, false)).fields();
        assertThat(renamed).containsEntry(variant, value).doesNotContainKey(specName);
        Map<String, Object> asWritten = ReceiverDialect.toWire(hazard(), profile(Map.of(), List.of(), "yyyyMMddHHmmss", "yyyyMMdd",
                false, false, false)).fields();
        assertThat(asWritten).containsEntry(specName, value).doesNotContainKey(variant);
    }

    /** Photos: bare base64 as the specification writes them, or data URLs (JPEG / PNG told from the content). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}, dataUrl={1}")
    @org.junit.jupiter.params.provider.CsvSource({"JPEG,false,/9j/4AAQ", "PNG,false,iVBORw0KGgo=",
            "JPEG,true,'data:image/jpeg;base64,/9j/4AAQ'", "PNG,true,'data:image/png;base64,iVBORw0KGgo='"})
    void photosAsBareBase64OrAsDataUrls(PictureFormat format, boolean dataUrl, String travels) {
        TravellingPhoto photo = new TravellingPhoto(cn.dualprevention.exchange.record.domain.PhotoRef.parse(HAZARD_PHOTO).orElseThrow(),
                format, format == PictureFormat.JPEG ? JPEG : PNG, false);
        assertThat(ReceiverDialect.photoValue(photo, profile(Map.of(), List.of(), "yyyyMMddHHmmss", "yyyyMMdd", false, false, dataUrl)))
                .isEqualTo(travels);
        assertThat(ReceiverDialect.photoValue(photo, new StreamProfile("dp.regulator"))).isEqualTo(travels.substring(travels.indexOf(',') + 1));
    }

    /** Date-time and date formats, each field of the specification that carries one. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} in {1} / {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            createDate           | yyyyMMddHHmmss      | yyyyMMdd   | 20260301090000
            createDate           | yyyy-MM-dd HH:mm:ss | yyyyMMdd   | 2026-03-01 09:00:00
            updateDate           | yyyy-MM-dd HH:mm:ss | yyyy-MM-dd | 2026-03-02 10:30:00
            registTime           | yyyy-MM-dd HH:mm:ss | yyyy-MM-dd | 2026-03-02 01:35:00
            dangerManageDeadline | yyyyMMddHHmmss      | yyyyMMdd   | 20260331
            dangerManageDeadline | yyyy-MM-dd HH:mm:ss | yyyy-MM-dd | 2026-03-31
            dangerManageDeadline | yyyyMMddHHmmss      | yyyy-MM-dd | 2026-03-31
            """)
    void datesInEachFormatAReceiverTakes(String field, String dateTime, String date, String travels) {
        assertThat(ReceiverDialect.toWire(hazard(), profile(Map.of(), List.of(), dateTime, date, false, false, false)).fields())
                .containsEntry(field, travels);
    }

    @Test
    void theFingerprintChangesWithAnyFieldAndOnlyThen() {
        HttpBatchProfile profile = profile(Map.of(), List.of(), "yyyyMMddHHmmss", "yyyyMMdd", false, false, false);
        String first = ReceiverDialect.toWire(hazard(), profile).fingerprint();
        assertThat(ReceiverDialect.toWire(hazard(), profile).fingerprint()).isEqualTo(first);
        assertThat(ReceiverDialect.toWire(built(RecordType.HIDDEN_DANGER, "dangerName", "别的"), profile).fingerprint()).isNotEqualTo(first);
    }

    private static HttpBatchProfile profile(Map<String, String> names, List<String> required, String dateTime, String date,
                                            boolean integerCycle, boolean split, boolean dataUrl) {
        return new HttpBatchProfile("http://hub.example/api", null, 50, dateTime, date, RiskClassEncoding.DEFAULT, false,
                integerCycle, split, dataUrl, names, required, Acknowledgement.SYNC, null, null);
    }

    private static BuiltRecord unit(String hazardCode) {
        return built(RecordType.RISK_UNIT, "hazardCode", hazardCode, "riskUnitName", "LNG储罐区");
    }

    private static BuiltRecord hazard() {
        return built(RecordType.HIDDEN_DANGER, "hazardCode", "410100001001", "riskMeasureId", "m1", "checkRecordId", "r1",
                "dangerName", "储罐液位计失灵", "registTime", "20260302013500", "cost", null,
                "dangerManageDeadline", "20260331", "attachments1", List.of(HAZARD_PHOTO, RECORD_PHOTO),
                "attachments2", List.of(AFTER_PHOTO));
    }

    private static BuiltRecord built(RecordType type, Object... fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", ID);
        values.put("companyCode", "410100001");
        values.put("createDate", "20260301090000");
        values.put("updateDate", "20260302103000");
        for (int i = 0; i < fields.length; i += 2) {
            values.put((String) fields[i], fields[i + 1]);
        }
        return new BuiltRecord(new RecordRef(type, ID), values, List.of(), List.of());
    }
}
