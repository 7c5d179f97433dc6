package cn.dualprevention.exchange.record.web;

import cn.dualprevention.exchange.record.application.Deliveries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/deliveries")
@Tag(name = "Deliveries 数据上报", description = "Regulator records: sent on the stream, or held with the reasons")
class DeliveryController {

    private final Deliveries deliveries;
    private final DeliveryWebMapper mapper;

    DeliveryController(Deliveries deliveries, DeliveryWebMapper mapper) {
        this.deliveries = deliveries;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "Regulator records of the caller's enterprises, newest change first (at most 500)",
            description = "state: SENT or HELD; recordType: riskUnit, unitStop, riskEvent, controlMeasure, checkTask, "
                    + "checkRecord, hiddenDanger. A held record lists its hold reasons and goes out once a newer "
                    + "version of its source fixes them (or its parent goes out).")
    List<DeliveryResponse> list(@RequestParam(required = false) String state,
                                @RequestParam(required = false) String recordType,
                                @RequestParam(required = false) String enterpriseId) {
        return deliveries.find(state, recordType, enterpriseId).stream().map(mapper::toResponse).toList();
    }
}
