package cn.dualprevention.platform.testapp;

import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.TreeSet;

/** Endpoints with role rules, for the identity tests. */
@RestController
class CalibrationController {

    @GetMapping("/api/v1/whoami")
    Map<String, Object> whoami() {
        Caller caller = CallerContext.require();
        return Map.of("user", caller.userId(), "group", caller.groupId(), "all", caller.allEnterprises(),
                "enterprises", new TreeSet<>(caller.enterpriseIds()), "roles", new TreeSet<>(caller.roles()),
                "name", caller.name() == null ? "" : caller.name());
    }

    @PostMapping("/api/v1/calibrations")
    @AllowedRoles({Role.SAFETY_MANAGER, Role.GROUP_ADMIN})
    Map<String, String> calibrate() {
        return Map.of("by", CallerContext.require().userId());
    }

    @GetMapping("/api/v1/calibrations")
    @AllowedRoles({Role.SAFETY_MANAGER, Role.REGULATOR_VIEWER})
    Map<String, String> calibrations() {
        return Map.of("seenBy", CallerContext.require().userId());
    }

    @PostMapping("/api/v1/notes")
    Map<String, String> note() {
        return Map.of("by", CallerContext.require().userId());
    }
}
