package cn.dualprevention.exchange.record.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One regulator record and where it stands.
 *
 * @param state       SENT (out on the regulator stream) or HELD
 * @param holdReasons why a held record is not sent (the rule it breaks, or the parent it waits for)
 * @param record      the record as it goes (or would go) out, with the specification's field names
 */
public record DeliveryResponse(String recordType, String recordId, String enterpriseId, String state,
                               List<String> holdReasons, boolean deleted, Instant updatedAt, Map<String, Object> record) {
}
