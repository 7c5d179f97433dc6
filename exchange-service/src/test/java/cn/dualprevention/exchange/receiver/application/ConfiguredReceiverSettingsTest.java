package cn.dualprevention.exchange.receiver.application;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.receiver.domain.HttpBatchProfile;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.receiver.domain.ReceiverRepository;
import cn.dualprevention.exchange.receiver.domain.ReceiverSecrets;
import cn.dualprevention.exchange.receiver.domain.StreamProfile;
import cn.dualprevention.exchange.record.domain.RecordType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receivers defined in configuration ({@code dp.exchange.receivers.<name>.*}): how they bind — from the environment
 * exactly as local mode sets them, and from YAML-style properties with every profile setting — and that a bad setting
 * fails the start with a message naming the property and the rule (never a secret).
 */
class ConfiguredReceiverSettingsTest {

    /** The secret set {@code sandbox} as deploy/local-launcher passes it today. */
    private static final Map<String, Object> LAUNCHER_SECRETS = Map.of(
            "DP_EXCHANGE_SECRETS_SANDBOX_USER", "demo",
            "DP_EXCHANGE_SECRETS_SANDBOX_PASSWORD", "demo-secret",
            "DP_EXCHANGE_SECRETS_SANDBOX_AESKEY", "DpSandboxKey0001",
            "DP_EXCHANGE_SECRETS_SANDBOX_AESIV", "DpSandboxIv00001");

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Beans.class);

    @Test
    void theLocalModeSandboxReceiverBindsFromTheEnvironmentVariablesTheReadmeNames() {
        Map<String, Object> env = new LinkedHashMap<>(LAUNCHER_SECRETS);
        env.put("DP_EXCHANGE_RECEIVERS_SANDBOX_PROFILE", "http-batch");
        env.put("DP_EXCHANGE_RECEIVERS_SANDBOX_BASEURL", "http://localhost:8090/default");
        env.put("DP_EXCHANGE_RECEIVERS_SANDBOX_ENTERPRISECODES", "410800001");
        env.put("DP_EXCHANGE_RECEIVERS_SANDBOX_CREDENTIALS", "sandbox");
        runner.withInitializer(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", env)))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    List<ConfiguredReceivers.Definition> definitions = ConfiguredReceivers.definitions(
                            context.getBean(ReceiverSettings.class), context.getBean(Receivers.class));
                    assertThat(definitions).hasSize(1);
                    ConfiguredReceivers.Definition sandbox = definitions.getFirst();
                    assertThat(sandbox.key()).isEqualTo("sandbox");
                    assertThat(sandbox.configuredAs()).isEqualTo("dp.exchange.receivers.sandbox");
                    assertThat(sandbox.enterpriseCodes()).containsExactly("410800001");
                    assertThat(sandbox.enterpriseIds()).isEmpty();
                    assertThat(sandbox.enabled()).isTrue();
                    assertThat(sandbox.credentials()).isEqualTo("sandbox");
                    assertThat(sandbox.secrets().user()).isEqualTo("demo");
                    assertThat(sandbox.secrets().aesKey()).isEqualTo("DpSandboxKey0001".getBytes());
                    HttpBatchProfile profile = (HttpBatchProfile) sandbox.profile();
                    assertThat(profile.url(RecordType.RISK_UNIT)).isEqualTo("http://localhost:8090/default/riskUnit");
                    assertThat(profile.batchSize()).isEqualTo(50);
                    assertThat(sandbox.receiverId("e-1")).isEqualTo("sandbox-e-1");
                    assertThat(sandbox.toString()).doesNotContain("demo-secret");
                });
    }

    @Test
    void everyProfileSettingTheApiAcceptsBindsFromConfiguration() {
        runner.withPropertyValues(
                        "dp.exchange.secrets.hub.user=u", "dp.exchange.secrets.hub.password=p",
                        "dp.exchange.secrets.hub.aes-key=DpSandboxKey0001", "dp.exchange.secrets.hub.aes-iv=DpSandboxIv00001",
                        "dp.exchange.receivers.henan-hub.name=河南省危化品监管平台",
                        "dp.exchange.receivers.henan-hub.enterprise-ids=e-1,e-2",
                        "dp.exchange.receivers.henan-hub.enterprise-codes[0]=410800001",
                        "dp.exchange.receivers.henan-hub.profile=http-batch",
                        "dp.exchange.receivers.henan-hub.enabled=false",
                        "dp.exchange.receivers.henan-hub.base-url=https://hub.example.cn/api",
                        "dp.exchange.receivers.henan-hub.paths.checkRecord=/inspection/record",
                        "dp.exchange.receivers.henan-hub.batch-size=20",
                        "dp.exchange.receivers.henan-hub.date-time-format=yyyy-MM-dd HH:mm:ss",
                        "dp.exchange.receivers.henan-hub.date-format=yyyy-MM-dd",
                        "dp.exchange.receivers.henan-hub.risk-class-codes.MAJOR=0",
                        "dp.exchange.receivers.henan-hub.risk-class-codes.CONSIDERABLE=1",
                        "dp.exchange.receivers.henan-hub.risk-class-codes.GENERAL=2",
                        "dp.exchange.receivers.henan-hub.risk-class-codes.LOW=3",
                        "dp.exchange.receivers.henan-hub.accepts-week-and-quarter=true",
                        "dp.exchange.receivers.henan-hub.integer-check-cycle=true",
                        "dp.exchange.receivers.henan-hub.split-hazard-code=true",
                        "dp.exchange.receivers.henan-hub.attachments-as-data-url=true",
                        "dp.exchange.receivers.henan-hub.field-names[hiddenDanger.checkRecordId]=recordId",
                        "dp.exchange.receivers.henan-hub.field-names[hiddenDanger.attachments1]=dangerImg",
                        "dp.exchange.receivers.henan-hub.required-fields=hiddenDanger.occurrenceLink",
                        "dp.exchange.receivers.henan-hub.acknowledgement=ASYNC",
                        "dp.exchange.receivers.henan-hub.receipt-timeout-seconds=120",
                        "dp.exchange.receivers.henan-hub.timeout-seconds=7",
                        "dp.exchange.receivers.henan-hub.credentials=hub",
                        "dp.exchange.receivers.lake.enterprise-codes=410800002",
                        "dp.exchange.receivers.lake.profile=kafka-stream",
                        "dp.exchange.receivers.lake.topic-prefix=group.lake")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    List<ConfiguredReceivers.Definition> definitions = ConfiguredReceivers.definitions(
                            context.getBean(ReceiverSettings.class), context.getBean(Receivers.class));
                    ConfiguredReceivers.Definition hub = definitions.getFirst();
                    assertThat(hub.key()).isEqualTo("henan-hub");
                    assertThat(hub.name()).isEqualTo("河南省危化品监管平台");
                    assertThat(hub.enabled()).isFalse();
                    assertThat(hub.enterpriseIds()).containsExactly("e-1", "e-2");
                    assertThat(hub.enterpriseCodes()).containsExactly("410800001");
                    HttpBatchProfile http = (HttpBatchProfile) hub.profile();
                    assertThat(http.url(RecordType.CHECK_RECORD)).isEqualTo("https://hub.example.cn/api/inspection/record");
                    assertThat(http.url(RecordType.RISK_UNIT)).isEqualTo("https://hub.example.cn/api/riskUnit");
                    assertThat(http.batchSize()).isEqualTo(20);
                    assertThat(http.dateTimeFormat()).isEqualTo("yyyy-MM-dd HH:mm:ss");
                    assertThat(http.dateFormat()).isEqualTo("yyyy-MM-dd");
                    assertThat(http.riskClass().code("MAJOR")).isEqualTo("0");
                    assertThat(http.riskClass().code("LOW")).isEqualTo("3");
                    assertThat(http.acceptsWeekAndQuarter()).isTrue();
                    assertThat(http.integerCheckCycle()).isTrue();
                    assertThat(http.splitHazardCode()).isTrue();
                    assertThat(http.attachmentsAsDataUrl()).isTrue();
                    assertThat(http.fieldNames()).containsEntry("hiddenDanger.checkRecordId", "recordId")
                            .containsEntry("hiddenDanger.attachments1", "dangerImg").hasSize(2);
                    assertThat(http.requiredFields()).containsExactly("hiddenDanger.occurrenceLink");
                    assertThat(http.acknowledgement().name()).isEqualTo("ASYNC");
                    assertThat(http.receiptTimeout()).isEqualTo(Duration.ofSeconds(120));
                    assertThat(http.timeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(hub.secrets().user()).isEqualTo("u");
                    ConfiguredReceivers.Definition lake = definitions.get(1);
                    assertThat(lake.profile()).isEqualTo(new StreamProfile("group.lake"));
                    assertThat(lake.credentials()).isNull();
                    assertThat(lake.secrets()).isNull();
                });
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            profile                 | soap                    | dp.exchange.receivers.hub.profile (one-of)
            base-url                | ftp://hub.example.cn    | dp.exchange.receivers.hub.base-url (http-url)
            base-url                | ''                      | dp.exchange.receivers.hub.base-url (required)
            batch-size              | 0                       | dp.exchange.receivers.hub.batch-size (range)
            batch-size              | 501                     | dp.exchange.receivers.hub.batch-size (range)
            date-time-format        | dd.MM.yyyy              | dp.exchange.receivers.hub.date-time-format (one-of)
            date-format             | dd.MM.yyyy              | dp.exchange.receivers.hub.date-format (one-of)
            risk-class-codes.MAJOR  | 9                       | dp.exchange.receivers.hub.risk-class-codes (four-levels)
            paths.riskUnits         | /x                      | dp.exchange.receivers.hub.paths (record-type)
            field-names.checkRecordId | recordId              | dp.exchange.receivers.hub.field-names (record-type-field)
            required-fields         | occurrenceLink          | dp.exchange.receivers.hub.required-fields (record-type-field)
            acknowledgement         | LATER                   | dp.exchange.receivers.hub.acknowledgement (one-of)
            timeout-seconds         | 0                       | dp.exchange.receivers.hub.timeout-seconds (range)
            receipt-timeout-seconds | 0                       | dp.exchange.receivers.hub.receipt-timeout-seconds (range)
            credentials             | nobody                  | dp.exchange.receivers.hub.credentials (configured)
            credentials             | short-key               | dp.exchange.receivers.hub.credentials (aes-128)
            credentials             | ''                      | dp.exchange.receivers.hub.credentials (required)
            name                    | ''                      | dp.exchange.receivers.hub.name (required)
            enterprise-codes        | ''                      | dp.exchange.receivers.hub.enterprise-codes (required)
            """)
    void aBadSettingFailsTheStartNamingThePropertyAndTheRule(String property, String value, String expected) {
        List<String> properties = new ArrayList<>(List.of(
                "dp.exchange.secrets.hub.user=u", "dp.exchange.secrets.hub.password=Hub-Secret-9!",
                "dp.exchange.secrets.hub.aes-key=DpSandboxKey0001", "dp.exchange.secrets.hub.aes-iv=DpSandboxIv00001",
                "dp.exchange.secrets.short-key.user=u", "dp.exchange.secrets.short-key.password=Hub-Secret-9!",
                "dp.exchange.secrets.short-key.aes-key=TooShortKey", "dp.exchange.secrets.short-key.aes-iv=DpSandboxIv00001",
                "dp.exchange.receivers.hub.enterprise-codes=410800001", "dp.exchange.receivers.hub.profile=http-batch",
                "dp.exchange.receivers.hub.base-url=http://localhost:8090/default", "dp.exchange.receivers.hub.credentials=hub"));
        properties.removeIf(p -> p.startsWith("dp.exchange.receivers.hub." + property + "="));
        properties.add("dp.exchange.receivers.hub." + property + "=" + value);
        runner.withPropertyValues(properties.toArray(String[]::new)).run(context -> {
            assertThat(context).hasFailed();
            String message = rootMessage(context.getStartupFailure());
            assertThat(message).startsWith("Invalid receiver configuration: " + expected + ": ")
                    .doesNotContain("Hub-Secret-9!").doesNotContain("TooShortKey");
        });
    }

    @Test
    void aConfiguredReceiverNeedingSecretsWithoutAMasterKeyFailsTheStartNamingTheMasterKey() {
        runner.withPropertyValues("beans.master-key=false", "dp.exchange.secrets.hub.user=u", "dp.exchange.secrets.hub.password=p",
                        "dp.exchange.secrets.hub.aes-key=DpSandboxKey0001", "dp.exchange.secrets.hub.aes-iv=DpSandboxIv00001",
                        "dp.exchange.receivers.hub.enterprise-codes=410800001", "dp.exchange.receivers.hub.profile=http-batch",
                        "dp.exchange.receivers.hub.base-url=http://localhost:8090/default", "dp.exchange.receivers.hub.credentials=hub")
                .run(context -> assertThat(rootMessage(context.getStartupFailure()))
                        .startsWith("Invalid receiver configuration: dp.exchange.master-key (master-key/configured)"));
    }

    @Test
    void aNameThatCannotBeAReceiverIdFailsTheStart() {
        runner.withPropertyValues("dp.exchange.receivers[hub/1].enterprise-codes=410800001",
                        "dp.exchange.receivers[hub/1].profile=kafka-stream")
                .run(context -> assertThat(rootMessage(context.getStartupFailure()))
                        .startsWith("Invalid receiver configuration: dp.exchange.receivers.hub/1 (name)"));
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** Just what ConfiguredReceivers needs: the settings as bound, the API's rules, empty stores. */
    @Configuration
    @EnableConfigurationProperties(ReceiverSettings.class)
    @Import({Receivers.class, ConfiguredReceivers.class, ReceiverDirectory.class})
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        SecretBox secretBox(org.springframework.core.env.Environment environment) {
            boolean available = environment.getProperty("beans.master-key", Boolean.class, true);
            return new SecretBox() {
                @Override
                public boolean available() {
                    return available;
                }

                @Override
                public String seal(ReceiverSecrets secrets) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public ReceiverSecrets open(String sealed) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Bean
        EnterpriseDirectory enterprises() {
            return new EnterpriseDirectory() {
                @Override
                public Optional<EnterpriseIdentity> find(String enterpriseId) {
                    return Optional.empty();
                }

                @Override
                public Optional<EnterpriseIdentity> findByCompanyCode(String companyCode) {
                    return Optional.empty();
                }
            };
        }

        @Bean
        ReceiverRepository receivers() {
            return new ReceiverRepository() {
                @Override
                public Optional<Receiver> find(String id) {
                    return Optional.empty();
                }

                @Override
                public List<Receiver> all() {
                    return List.of();
                }

                @Override
                public List<Receiver> serving(String enterpriseId) {
                    return List.of();
                }

                @Override
                public void save(Receiver receiver) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void delete(String id) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
