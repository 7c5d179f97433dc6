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

    @Test
    void theSpecificationAsWrittenLeavesTheRecordAsBuiltAndDropsAbsentFields() {
        WireRecord wire = ReceiverDialect.toWire(hazard(), profile(Map.of(), List.of(), "yyyyMMddHHmmss", "yyyyMMdd", false, false, false));
        assertThat(wire.sendable()).isTrue();
        assertThat(wire.fields()).containsEntry("checkRecordId", "r1").containsEntry("createDate", "20260301090000")
                .containsEntry("dangerManageDeadline", "20260331").doesNotContainKey("cost");
        assertThat(ReceiverDialect.toWire(hazard(), new StreamProfile("dp.regulator")).fields()).isEqualTo(wire.fields());
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
        assertThat(wire.fields()).containsEntry("recordId", "r1").containsEntry("dangerImg", "/9j/4AAQ")
                .doesNotContainKeys("checkRecordId", "attachments1").containsKey("hazardCode");
        assertThat(List.copyOf(wire.fields().keySet()).indexOf("recordId")).isEqualTo(List.copyOf(hazard().fields().keySet()).indexOf("checkRecordId"));
    }

    @Test
    void photosTravelAsDataUrlsWhenTheReceiverWantsThem() {
        WireRecord wire = ReceiverDialect.toWire(hazard(), profile(Map.of(), List.of(), "yyyyMMddHHmmss", "yyyyMMdd", false, false, true));
        assertThat(wire.fields()).containsEntry("attachments1", "data:image/jpeg;base64,/9j/4AAQ")
                .containsEntry("attachments2", "data:image/png;base64,iVBORw0K");
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
            "hiddenDanger.attachments1,dangerImg,/9j/4AAQ", "hiddenDanger.attachments2,dangerAcceptImg,iVBORw0K"})
    void eachFieldNameVariantOfTheSpecification(String field, String variant, String value) {
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
    @org.junit.jupiter.params.provider.CsvSource({"attachments1,false,/9j/4AAQ", "attachments2,false,iVBORw0K",
            "attachments1,true,'data:image/jpeg;base64,/9j/4AAQ'", "attachments2,true,'data:image/png;base64,iVBORw0K'"})
    void photosAsBareBase64OrAsDataUrls(String field, boolean dataUrl, String travels) {
        assertThat(ReceiverDialect.toWire(hazard(), profile(Map.of(), List.of(), "yyyyMMddHHmmss", "yyyyMMdd", false, false, dataUrl))
                .fields()).containsEntry(field, travels);
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
                "dangerManageDeadline", "20260331", "attachments1", "/9j/4AAQ", "attachments2", "iVBORw0K");
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
