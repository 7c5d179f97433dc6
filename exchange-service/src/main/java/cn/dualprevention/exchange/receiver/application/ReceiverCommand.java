package cn.dualprevention.exchange.receiver.application;

import java.util.List;
import java.util.Map;

/**
 * A receiver as a person defines it. {@code profile} is {@code kafka-stream} or {@code http-batch}; the settings
 * of the other profile are ignored. Secrets never travel here: {@code credentials} names a configured secret set.
 */
public record ReceiverCommand(String name, String enterpriseId, String profile, Boolean enabled, String topicPrefix,
                              String baseUrl, Map<String, String> paths, Integer batchSize, String dateTimeFormat,
                              String dateFormat,
                              Map<String, String> riskClassCodes, Boolean acceptsWeekAndQuarter, Boolean integerCheckCycle,
                              Boolean splitHazardCode, Boolean attachmentsAsDataUrl, Map<String, String> fieldNames,
                              List<String> requiredFields, String acknowledgement, Integer receiptTimeoutSeconds,
                              Integer timeoutSeconds, String credentials) {
}
