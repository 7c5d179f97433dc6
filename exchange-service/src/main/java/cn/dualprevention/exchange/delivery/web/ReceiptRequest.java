package cn.dualprevention.exchange.delivery.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A receiver's receipt for a batch it acknowledged asynchronously: {@code {"batchId", "data": [{id, success, msg}]}}
 * (further fields of the hub, e.g. {@code profile}, {@code recordType}, {@code action}, {@code errors}, are ignored).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReceiptRequest(String batchId, List<Result> data) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(String id, Boolean success, String msg) {
    }
}
