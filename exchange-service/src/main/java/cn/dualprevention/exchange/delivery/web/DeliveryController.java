package cn.dualprevention.exchange.delivery.web;

import cn.dualprevention.exchange.delivery.application.Deliveries;
import cn.dualprevention.exchange.delivery.application.DeliveryView;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/deliveries")
@Tag(name = "Deliveries 数据上报", description = "Each regulator record at each receiver: pending, sent, accepted, rejected or held")
class DeliveryController {

    private final Deliveries deliveries;
    private final DeliveryWebMapper mapper;

    DeliveryController(Deliveries deliveries, DeliveryWebMapper mapper) {
        this.deliveries = deliveries;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "Deliveries of the caller's enterprises, latest change first (at most 500)",
            description = "receiverId; recordType: riskUnit, unitStop, riskEvent, controlMeasure, checkTask, checkRecord, "
                    + "hiddenDanger; state: PENDING, SENT, ACCEPTED, REJECTED, HELD; enterpriseId; from / to: ISO instants "
                    + "of the last change. A rejected record shows the receiver's message and goes out again once its "
                    + "source is fixed; a held one lists the rules it breaks.")
    List<DeliveryResponse> list(@RequestParam(required = false) String receiverId,
                                @RequestParam(required = false) String recordType,
                                @RequestParam(required = false) String state,
                                @RequestParam(required = false) String enterpriseId,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        return deliveries.find(receiverId, recordType, state, enterpriseId, from, to).stream().map(mapper::toResponse).toList();
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PostMapping("/{receiverId}/{recordType}/{recordId}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends one record to the receiver again (forced)")
    DeliveryResponse resend(@PathVariable String receiverId, @PathVariable String recordType, @PathVariable String recordId) {
        return mapper.toResponse(new DeliveryView(deliveries.resend(receiverId, recordType, recordId), false, Map.of()));
    }
}
