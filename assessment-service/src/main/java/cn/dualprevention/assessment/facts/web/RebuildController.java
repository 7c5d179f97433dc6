package cn.dualprevention.assessment.facts.web;

import cn.dualprevention.assessment.facts.application.Rebuilds;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.platform.tenancy.CallerContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@AllowedRoles(Role.GROUP_ADMIN)
@RequestMapping("/api/v1/indicators/rebuilds")
@Tag(name = "Rebuild 重建", description = "Rebuild the caller's group's read models from the full event history")
class RebuildController {

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Replay the caller's group's events from the beginning of every consumed topic into a new generation "
            + "of the read models (the other groups' facts carried over unchanged), then switch to it; 409 rebuild-running "
            + "while any rebuild runs")
    Rebuilds.Status start() {
        return rebuilds.start(CallerContext.require().groupId());
    }

    @GetMapping("/{generation}")
    @Operation(summary = "Progress of a rebuild of the caller's group (another group's is not found)")
    Rebuilds.Status status(@PathVariable int generation) {
        return rebuilds.status(generation, CallerContext.require().groupId());
    }
}
