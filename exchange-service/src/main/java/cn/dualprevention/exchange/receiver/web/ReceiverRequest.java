package cn.dualprevention.exchange.receiver.web;

import java.util.List;
import java.util.Map;

/**
 * A receiver definition. {@code profile}: {@code kafka-stream} (topicPrefix) or {@code http-batch} (baseUrl, paths,
 * batchSize, dateTimeFormat, dateFormat, riskClassCodes, acceptsWeekAndQuarter, integerCheckCycle, splitHazardCode,
 * attachmentsAsDataUrl, fieldNames, requiredFields, acknowledgement SYNC/ASYNC, receiptTimeoutSeconds, timeoutSeconds,
 * credentials = the name of a configured secret set; secrets themselves never travel through the API).
 */
public record ReceiverRequest(String name, String enterpriseId, String profile, Boolean enabled, String topicPrefix,
                              String baseUrl, Map<String, String> paths, Integer batchSize, String dateTimeFormat,
                              String dateFormat,
                              Map<String, String> riskClassCodes, Boolean acceptsWeekAndQuarter, Boolean integerCheckCycle,
                              Boolean splitHazardCode, Boolean attachmentsAsDataUrl, Map<String, String> fieldNames,
                              List<String> requiredFields, String acknowledgement, Integer receiptTimeoutSeconds,
                              Integer timeoutSeconds, String credentials) {
}
