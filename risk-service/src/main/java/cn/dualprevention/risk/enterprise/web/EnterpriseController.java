package cn.dualprevention.risk.enterprise.web;

import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.risk.enterprise.application.EnterpriseRegistry;
import cn.dualprevention.risk.enterprise.application.RegisterEnterprise;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises 企业", description = "The enterprises of a group")
class EnterpriseController {

    private final EnterpriseRegistry registry;
    private final EnterpriseWebMapper mapper;

    EnterpriseController(EnterpriseRegistry registry, EnterpriseWebMapper mapper) {
        this.registry = registry;
        this.mapper = mapper;
    }

    // 企业注册: a group administrator only
    @AllowedRoles(Role.GROUP_ADMIN)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an enterprise in the caller's group")
    EnterpriseResponse register(@Valid @RequestBody EnterpriseRequest request) {
        return mapper.toResponse(registry.register(mapper.toCommand(request)));
    }

    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER})
    @PutMapping("/{id}")
    @Operation(summary = "Change an enterprise's name, USCC, address or time zone (risk.enterprise.updated.v1)",
            description = "Checked as on registration; the companyCode cannot change (409 company-code-fixed); a stale "
                    + "version is a 409 concurrent-change.")
    EnterpriseResponse update(@PathVariable String id, @Valid @RequestBody EnterpriseUpdateRequest request) {
        return mapper.toResponse(registry.update(id, new RegisterEnterprise(request.name(), request.companyCode(),
                request.uscc(), request.address(), request.timeZone()), request.version()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise")
    EnterpriseResponse get(@PathVariable String id) {
        return mapper.toResponse(registry.get(id));
    }

    @GetMapping
    @Operation(summary = "The enterprises the caller may see")
    List<EnterpriseResponse> list() {
        return registry.list().stream().map(mapper::toResponse).toList();
    }
}
