package cn.dualprevention.sandbox.hub.application;

import cn.dualprevention.sandbox.hub.domain.ReceiverProfile;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The receiver profiles of this sandbox, by path prefix. */
public final class ProfileRegistry {

    private final ConcurrentHashMap<String, ReceiverProfile> profiles = new ConcurrentHashMap<>();

    public ProfileRegistry(List<ReceiverProfile> initial) {
        initial.forEach(this::put);
    }

    public void put(ReceiverProfile profile) {
        profiles.put(profile.name(), profile);
    }

    public Optional<ReceiverProfile> get(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    public List<ReceiverProfile> all() {
        return profiles.values().stream().sorted(Comparator.comparing(ReceiverProfile::name)).toList();
    }
}
