package cn.dualprevention.deploy.simulator;

import java.util.List;

/**
 * Who calls: a person of the group (their user id is their person id in risk-service, the id inspection-service
 * assigns cycles to), the enterprises they may act on ({@code "*"}: all of the group) and their platform roles.
 */
public record Identity(String userId, String groupId, List<String> enterprises, List<String> roles, String name) {

    public Identity {
        enterprises = List.copyOf(enterprises);
        roles = List.copyOf(roles);
    }

    public static Identity of(String userId, String groupId, String enterpriseId, String name, String... roles) {
        return new Identity(userId, groupId, List.of(enterpriseId), List.of(roles), name);
    }

    /** The cache key of its token. */
    public String key() {
        return userId + "|" + groupId + "|" + String.join(",", enterprises) + "|" + String.join(",", roles);
    }
}
