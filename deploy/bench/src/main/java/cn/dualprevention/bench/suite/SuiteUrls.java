package cn.dualprevention.bench.suite;

/**
 * Where the suite under test listens (local mode's defaults, overridden by the same {@code DP_*_PORT} variables the
 * launcher reads, or by system properties {@code bench.<name>Url}).
 */
public record SuiteUrls(String gateway, String inspection, String risk, String exchange, String issuer, String sandbox,
                        String kafkaBootstrap) {

    public static SuiteUrls fromEnvironment() {
        return new SuiteUrls(
                url("gateway", "DP_GATEWAY_PORT", 8080),
                url("inspection", "DP_INSPECTION_PORT", 8082),
                url("risk", "DP_RISK_PORT", 8081),
                url("exchange", "DP_EXCHANGE_PORT", 8085),
                url("issuer", "DP_ISSUER_PORT", 9000),
                url("sandbox", "DP_SANDBOX_PORT", 8090),
                System.getProperty("bench.kafkaBootstrap", "localhost:" + port("DP_KAFKA_PORT", 9092)));
    }

    private static String url(String name, String portVariable, int defaultPort) {
        return System.getProperty("bench." + name + "Url", "http://localhost:" + port(portVariable, defaultPort));
    }

    private static int port(String variable, int defaultPort) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? defaultPort : Integer.parseInt(value.trim());
    }
}
