package cn.dualprevention.assessment.facts.domain;

import java.time.Instant;
import java.util.List;

/**
 * Which facts to load: a group's or some enterprises' facts around [{@code from}, {@code to}) — cycles due in
 * it, the records of those cycles and the checks made in it, and the hazards that were open at some point of it.
 *
 * @param groupId       null for "any group" (then enterpriseIds must be given)
 * @param enterpriseIds null for "all enterprises of the group"
 */
public record FactQuery(String groupId, List<String> enterpriseIds, Instant from, Instant to) {

    public FactQuery {
        enterpriseIds = enterpriseIds == null ? null : List.copyOf(enterpriseIds);
    }

    public static FactQuery enterprise(String enterpriseId, Instant from, Instant to) {
        return new FactQuery(null, List.of(enterpriseId), from, to);
    }
}
