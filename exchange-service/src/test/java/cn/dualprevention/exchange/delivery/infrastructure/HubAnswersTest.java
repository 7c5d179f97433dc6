package cn.dualprevention.exchange.delivery.infrastructure;

import cn.dualprevention.exchange.delivery.domain.BatchAnswer;
import cn.dualprevention.exchange.receiver.domain.Acknowledgement;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A hub's answers, classified as the specification asks (record problem, credentials, fault) — never a failure taken for success. */
class HubAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void perRecordResultsSayWhichRecordsWereAcceptedAndWhy() {
        BatchAnswer answer = HubAnswers.classify(200, json("""
                {"code":200,"error":null,"msg":"2 records","batchId":"b1","data":[
                 {"id":"a","success":true,"action":"INSERTED","msg":"accepted (inserted)","errors":[]},
                 {"id":"b","success":false,"action":"REJECTED","msg":"riskMeasureId: parent controlMeasure m not found","errors":[]}]}
                """), Acknowledgement.SYNC);
        assertThat(answer).isInstanceOfSatisfying(BatchAnswer.PerRecord.class, r -> {
            assertThat(r.results().get("a")).isEqualTo(new BatchAnswer.RecordResult(true, "accepted (inserted)"));
            assertThat(r.results().get("b").accepted()).isFalse();
            assertThat(r.results().get("b").message()).contains("parent controlMeasure m not found");
        });
    }

    @Test
    void aResultWithoutVerdictIsNoAcceptance() {
        BatchAnswer answer = HubAnswers.classify(200, json("{\"code\":200,\"data\":[{\"id\":\"a\",\"msg\":\"ok\"}]}"), Acknowledgement.SYNC);
        assertThat(((BatchAnswer.PerRecord) answer).results()).isEmpty();
    }

    @Test
    void anAsynchronousHubAnswersWithABatchId() {
        assertThat(HubAnswers.classify(200, json("{\"code\":200,\"batchId\":\"0193\",\"data\":[]}"), Acknowledgement.ASYNC))
                .isEqualTo(new BatchAnswer.Receipt("0193"));
        assertThat(HubAnswers.classify(200, json("{\"code\":200,\"data\":[]}"), Acknowledgement.ASYNC)).isInstanceOf(BatchAnswer.Fault.class);
    }

    @Test
    void aWholeBatchRefusedNamesItsBadRecords() {
        BatchAnswer answer = HubAnswers.classify(400, json("""
                {"code":400,"error":"BATCH_REJECTED","msg":"1 of 3 records invalid","data":[{"uuid":"b","msg":"dangerName: required (必填)"}]}
                """), Acknowledgement.SYNC);
        assertThat(answer).isInstanceOfSatisfying(BatchAnswer.BatchRefused.class,
                r -> assertThat(r.badRecords()).containsExactly(java.util.Map.entry("b", "dangerName: required (必填)")));
    }

    @Test
    void credentialsAndSettingsRefusedStopTheReceiver() {
        assertThat(HubAnswers.classify(401, json("{\"code\":401,\"error\":\"LOGIN_FAILED\",\"msg\":\"wrong password\"}"), Acknowledgement.SYNC))
                .isEqualTo(new BatchAnswer.Refused("HTTP 401 LOGIN_FAILED: wrong password"));
        assertThat(HubAnswers.classify(421, json("{\"code\":421,\"msg\":\"登录失败\"}"), Acknowledgement.SYNC)).isInstanceOf(BatchAnswer.Refused.class);
        assertThat(HubAnswers.classify(500, json("{\"code\":500,\"error\":\"DECRYPT_FAILED\",\"msg\":\"bad padding\"}"), Acknowledgement.SYNC))
                .isInstanceOf(BatchAnswer.Refused.class);
        assertThat(HubAnswers.classify(400, json("{\"code\":400,\"error\":\"BATCH_TOO_LARGE\",\"msg\":\"at most 20\"}"), Acknowledgement.SYNC))
                .isInstanceOf(BatchAnswer.Refused.class);
        assertThat(HubAnswers.classify(404, json("{\"code\":404,\"error\":\"UNKNOWN_PATH\"}"), Acknowledgement.SYNC))
                .isInstanceOf(BatchAnswer.Refused.class);
    }

    @Test
    void faultsOfTheReceiverAreRetriedLater() {
        assertThat(HubAnswers.classify(503, json("{\"code\":503,\"error\":\"SANDBOX_DOWN\"}"), Acknowledgement.SYNC)).isInstanceOf(BatchAnswer.Fault.class);
        assertThat(HubAnswers.classify(500, json("{\"code\":500,\"error\":\"SERVER_FAULT\"}"), Acknowledgement.SYNC)).isInstanceOf(BatchAnswer.Fault.class);
        assertThat(HubAnswers.classify(507, null, Acknowledgement.SYNC)).isInstanceOf(BatchAnswer.Fault.class);
        assertThat(HubAnswers.classify(200, null, Acknowledgement.SYNC)).isInstanceOf(BatchAnswer.Fault.class);
    }

    @Test
    void aTypeOrDateMismatchWithoutARecordIsARecordProblemToIsolate() {
        assertThat(HubAnswers.classify(500, json("{\"code\":500,\"error\":\"DATE_FORMAT\",\"msg\":\"日期格式错误\"}"), Acknowledgement.SYNC))
                .isInstanceOf(BatchAnswer.UnnamedRecordProblem.class);
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
