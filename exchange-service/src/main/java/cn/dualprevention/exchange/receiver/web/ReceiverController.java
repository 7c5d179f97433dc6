package cn.dualprevention.exchange.receiver.web;

import cn.dualprevention.exchange.receiver.application.Receivers;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/receivers")
@Tag(name = "Receivers 数据接收方", description = "Where the regulator records go: kafka-stream or http-batch profiles")
class ReceiverController {

    private final Receivers receivers;
    private final ReceiverWebMapper mapper;

    ReceiverController(Receivers receivers, ReceiverWebMapper mapper) {
        this.receivers = receivers;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "The receivers of the caller's enterprises and the configured ones serving every enterprise")
    List<ReceiverResponse> list() {
        return receivers.list().stream().map(mapper::toResponse).toList();
    }

    @GetMapping("/{id}")
    ReceiverResponse get(@PathVariable String id) {
        return mapper.toResponse(receivers.get(id));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Defines a receiver; its first connection sends everything of the enterprise (full sync)")
    ReceiverResponse create(@RequestBody ReceiverRequest request) {
        return mapper.toResponse(receivers.create(mapper.toCommand(request)));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PutMapping("/{id}")
    @Operation(summary = "Changes a receiver; one stopped for its credentials or settings delivers again")
    ReceiverResponse update(@PathVariable String id, @RequestBody ReceiverRequest request) {
        return mapper.toResponse(receivers.update(id, mapper.toCommand(request)));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        receivers.delete(id);
    }
}
