package cn.dualprevention.exchange.delivery.web;

import cn.dualprevention.exchange.delivery.application.Resync;
import cn.dualprevention.exchange.delivery.domain.ResyncRequest;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

@RestController
@Tag(name = "Receivers 数据接收方")
class ResyncController {

    private final Resync resync;
    private final ResyncWebMapper mapper;

    ResyncController(Resync resync, ResyncWebMapper mapper) {
        this.resync = resync;
        this.mapper = mapper;
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PostMapping("/api/v1/receivers/{id}/resync")
    @Operation(summary = "Full resync: every record of the enterprise goes to the receiver again",
            description = "202 at once: the request is stored (it happens even if this instance stops now) and planned and "
                    + "sent by the receiver's delivery loop; follow it at the Location (state QUEUED, RUNNING, DONE or FAILED, "
                    + "planned = records planned so far).")
    ResponseEntity<ResyncResponse> resync(@PathVariable String id, @RequestParam(required = false) String enterpriseId) {
        ResyncRequest request = resync.resync(id, enterpriseId);
        return ResponseEntity.accepted().location(UriComponentsBuilder.fromPath("/api/v1/receivers/{id}/resyncs/{requestId}")
                .buildAndExpand(id, request.id()).encode().toUri()).body(mapper.toResponse(request));
    }

    @GetMapping("/api/v1/receivers/{id}/resyncs/{requestId}")
    @Operation(summary = "One resync request of the receiver: its state and how many records it planned so far")
    ResyncResponse status(@PathVariable String id, @PathVariable String requestId) {
        return mapper.toResponse(resync.status(id, requestId));
    }

    @GetMapping("/api/v1/receivers/{id}/resyncs")
    @Operation(summary = "The receiver's latest resync requests (and its first connection's full sync), newest first (at most 20)")
    List<ResyncResponse> recent(@PathVariable String id) {
        return resync.recent(id).stream().map(mapper::toResponse).toList();
    }
}
