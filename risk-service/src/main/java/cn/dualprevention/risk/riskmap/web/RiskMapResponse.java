package cn.dualprevention.risk.riskmap.web;

import java.util.List;
import java.util.Map;

/**
 * A GeoJSON (RFC 7946) FeatureCollection of the units, each a Point or Polygon (or null geometry when it has no
 * position), with the aggregate as a foreign member.
 */
public record RiskMapResponse(String type, List<Feature> features, Aggregate aggregate) {

    /** A unit on the map. */
    public record Feature(String type, String id, Map<String, Object> geometry, Map<String, Object> properties) {
    }

    /**
     * Counts of units by current level, the number of major hazard sources and how many of each grade
     * ({@code "1"} 一级 … {@code "4"} 四级).
     */
    public record Aggregate(String enterpriseId, String enterpriseName, int units, Map<String, Integer> countsByLevel,
                            int majorHazardSources, Map<String, Integer> majorHazardSourcesByGrade) {
    }

    /** The aggregates of the caller's enterprises and their total. */
    public record GroupAggregate(String groupId, List<Aggregate> enterprises, Aggregate total) {
    }
}
