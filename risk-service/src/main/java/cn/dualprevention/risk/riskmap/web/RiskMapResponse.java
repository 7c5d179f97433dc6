package cn.dualprevention.risk.riskmap.web;

import java.util.List;
import java.util.Map;

/**
 * A GeoJSON (RFC 7946) FeatureCollection of the units, each a Point (or null geometry when it has no position),
 * with the aggregate as a foreign member.
 */
public record RiskMapResponse(String type, List<Feature> features, Aggregate aggregate) {

    /** A unit on the map. */
    public record Feature(String type, String id, Geometry geometry, Map<String, Object> properties) {
    }

    /** A GeoJSON Point: [longitude, latitude]. */
    public record Geometry(String type, List<Double> coordinates) {
    }

    /** Counts of units by current level, and the number of major hazard sources. */
    public record Aggregate(String enterpriseId, int units, Map<String, Integer> countsByLevel, int majorHazardSources) {
    }
}
