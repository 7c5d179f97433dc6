package cn.dualprevention.sandbox.hub.web;

import cn.dualprevention.sandbox.hub.application.AsyncReceipts;
import cn.dualprevention.sandbox.hub.application.ProfileRegistry;
import cn.dualprevention.sandbox.hub.application.ProfileSpec;
import cn.dualprevention.sandbox.hub.domain.InvalidSettingException;
import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Receiver profiles at run time and the asynchronous receipts: {@code /admin/profiles}, {@code /admin/receipts}. */
@RestController
@RequestMapping("/admin")
public class ProfileController {

    private final ProfileRegistry profiles;
    private final AsyncReceipts receipts;
    private final AdminWebMapper mapper;

    ProfileController(ProfileRegistry profiles, AsyncReceipts receipts, AdminWebMapper mapper) {
        this.profiles = profiles;
        this.receipts = receipts;
        this.mapper = mapper;
    }

    @GetMapping("/profiles")
    public List<AdminViews.ProfileView> profiles() {
        return profiles.all().stream().map(p -> mapper.toView(p.masked())).toList();
    }

    @PutMapping("/profiles/{name}")
    public AdminViews.ProfileView put(@PathVariable String name, @RequestBody(required = false) ProfileSpec spec) {
        if (spec == null) {
            throw new InvalidSettingException("body", "required", "the profile settings (may be {})");
        }
        ReceiverProfile profile = spec.toProfile(name);
        profiles.put(profile);
        return mapper.toView(profile.masked());
    }

    @PostMapping("/receipts/flush")
    public Map<String, Integer> flush() {
        return Map.of("processed", receipts.flush());
    }
}
