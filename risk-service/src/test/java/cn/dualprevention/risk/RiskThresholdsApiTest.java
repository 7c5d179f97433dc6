package cn.dualprevention.risk;

import cn.dualprevention.platform.test.ApiClient;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class RiskThresholdsApiTest extends ApiTestSupport {

    @Test
    void anEnterpriseGradesWithTheDefaultsUntilItConfiguresItsOwnReachableBands() {
        String enterpriseId = registerEnterprise("410100011", "91410100MA46RTK01F");
        ApiClient.Response defaults = safetyManager.get("/api/v1/enterprises/" + enterpriseId + "/risk-thresholds");
        assertThat(defaults.status()).as(defaults.body()).isEqualTo(200);
        assertThat(defaults.json().get(0).get("method").asString()).isEqualTo("LEC");
        assertThat(defaults.json().get(0).get("major").asString()).isEqualTo(">320");

        ApiClient.Response variant = safetyManager.put("/api/v1/enterprises/" + enterpriseId + "/risk-thresholds/LS",
                "{\"major\":\">=20\",\"considerable\":\">=9\",\"general\":\">=4\"}");
        assertThat(variant.status()).as(variant.body()).isEqualTo(200);
        assertThat(safetyManager.get("/api/v1/enterprises/" + enterpriseId + "/risk-thresholds").json().get(1)
                .get("considerable").asString()).isEqualTo(">=9");

        ApiClient.Response unreachable = safetyManager.put("/api/v1/enterprises/" + enterpriseId + "/risk-thresholds/LEC",
                "{\"major\":\">10000\",\"considerable\":\">=160\",\"general\":\">=70\"}");
        assertThat(unreachable.status()).isEqualTo(400);
        assertThat(unreachable.firstError()).isEqualTo("MAJOR/unreachable");
        assertThat(unreachable.body()).contains("重大");
        assertThat(safetyManager.get("/api/v1/enterprises/" + enterpriseId + "/risk-thresholds").json().get(0)
                .get("major").asString()).isEqualTo(">320");
    }
}
