package cn.dualprevention.sandbox.hub.application;

import java.util.List;

/** The body POSTed to a profile's receipt URL once an asynchronous batch is processed. */
public record ReceiptPush(String batchId, String profile, String recordType, List<ResultView> data) {
}
