package cn.dualprevention.exchange.delivery.web;

import cn.dualprevention.exchange.delivery.application.Receipts;
import cn.dualprevention.exchange.delivery.domain.BatchAnswer;
import cn.dualprevention.platform.errors.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 回执接口 — where an asynchronous receiver posts its per-record results. Outside {@code /api} (a hub has no user
 * identity): the receiver proves itself with its account's Basic credentials.
 */
@RestController
@Tag(name = "Receipts 回执", description = "Per-record results of asynchronously acknowledged batches")
class ReceiptController {

    private final Receipts receipts;

    ReceiptController(Receipts receipts) {
        this.receipts = receipts;
    }

    @PostMapping("/receipts/{receiverId}")
    @Operation(summary = "A receipt: {batchId, data: [{id, success, msg}]} with the receiver account's Basic credentials")
    Map<String, Object> receive(@PathVariable String receiverId,
                                @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                @RequestBody ReceiptRequest receipt) {
        if (!receipts.authorized(receiverId, authorization)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "unknown receiver or wrong credentials");
        }
        if (receipt.batchId() == null || receipt.batchId().isBlank()) {
            throw new InvalidValueException("batchId", "required", "a receipt names its batchId");
        }
        Map<String, BatchAnswer.RecordResult> results = new LinkedHashMap<>();
        if (receipt.data() != null) {
            receipt.data().stream().filter(r -> r.id() != null && r.success() != null)
                    .forEach(r -> results.put(r.id(), new BatchAnswer.RecordResult(r.success(), r.msg())));
        }
        int settled = receipts.apply(receiverId, receipt.batchId(), results);
        return Map.of("code", 200, "msg", settled + " record(s) settled");
    }
}
