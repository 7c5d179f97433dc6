package cn.dualprevention.exchange.delivery.web;

import cn.dualprevention.exchange.delivery.application.Resync;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Receivers 数据接收方")
class ResyncController {

    private final Resync resync;

    ResyncController(Resync resync) {
        this.resync = resync;
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PostMapping("/api/v1/receivers/{id}/resync")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Full resync: every record of the enterprise goes to the receiver again (in the background)")
    ResyncResponse resync(@PathVariable String id, @RequestParam(required = false) String enterpriseId) {
        int records = resync.resync(id, enterpriseId);
        return new ResyncResponse(id, enterpriseId, records);
    }

    /** @param records how many records the resync covers */
    record ResyncResponse(String receiverId, String enterpriseId, int records) {
    }
}
