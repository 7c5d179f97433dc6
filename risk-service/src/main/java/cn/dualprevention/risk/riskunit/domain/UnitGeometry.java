package cn.dualprevention.risk.riskunit.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a unit is: a GeoJSON {@code Point} or {@code Polygon} as a client sends it, checked: positions are
 * [longitude, latitude] within ±180 / ±90, and every ring of a polygon is closed and has at least four positions.
 * Violations name the field ({@code geometry.coordinates[0][3]}) and the rule ({@code range}, {@code closed-ring},
 * {@code ring-size}, {@code position}, {@code type}).
 */
public final class UnitGeometry {

    private UnitGeometry() {
    }

    /** A checked point or polygon (exactly one of them is set). */
    public record Shape(GeoPoint point, GeoPolygon polygon) {

        /** The single position of the unit: the point, or the polygon's centre. */
        public GeoPoint position() {
            return point != null ? point : polygon.centre();
        }
    }

    public static Shape parse(String type, List<?> coordinates) {
        List<FieldViolation> violations = new ArrayList<>();
        Shape shape = null;
        if ("Point".equals(type)) {
            GeoPoint point = position(coordinates, "geometry.coordinates", violations);
            shape = point == null ? null : new Shape(point, null);
        } else if ("Polygon".equals(type)) {
            GeoPolygon polygon = polygon(coordinates, violations);
            shape = polygon == null ? null : new Shape(null, polygon);
        } else {
            violations.add(new FieldViolation("geometry.type", "type", "Point or Polygon (GeoJSON)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return shape;
    }

    /** The GeoJSON geometry object of a unit: its polygon when it has one, else its point (null without either). */
    public static Map<String, Object> geoJson(GeoPoint point, GeoPolygon polygon) {
        if (polygon != null) {
            return polygon.geoJson();
        }
        if (point == null) {
            return null;
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Point");
        geometry.put("coordinates", List.of(point.longitude(), point.latitude()));
        return geometry;
    }

    private static GeoPolygon polygon(List<?> coordinates, List<FieldViolation> violations) {
        if (coordinates == null || coordinates.isEmpty()) {
            violations.add(new FieldViolation("geometry.coordinates", "required", "a polygon has at least its outer ring"));
            return null;
        }
        List<List<GeoPoint>> rings = new ArrayList<>();
        for (int r = 0; r < coordinates.size(); r++) {
            String field = "geometry.coordinates[" + r + "]";
            if (!(coordinates.get(r) instanceof List<?> ring)) {
                violations.add(new FieldViolation(field, "ring", "a ring is a list of [longitude, latitude] positions"));
                continue;
            }
            if (ring.size() < 4) {
                violations.add(new FieldViolation(field, "ring-size",
                        "a ring has at least 4 positions (a triangle and its closing position); this has " + ring.size()));
                continue;
            }
            List<GeoPoint> points = new ArrayList<>();
            for (int p = 0; p < ring.size(); p++) {
                points.add(position(ring.get(p) instanceof List<?> l ? l : null, field + "[" + p + "]", violations));
            }
            if (points.contains(null)) {
                continue;
            }
            if (!points.get(0).equals(points.get(points.size() - 1))) {
                violations.add(new FieldViolation(field, "closed-ring",
                        "a ring ends where it starts: the last position must equal the first"));
                continue;
            }
            rings.add(points);
        }
        return violations.isEmpty() ? new GeoPolygon(rings) : null;
    }

    private static GeoPoint position(List<?> coordinates, String field, List<FieldViolation> violations) {
        if (coordinates == null || coordinates.size() < 2 || !(coordinates.get(0) instanceof Number lon)
                || !(coordinates.get(1) instanceof Number lat)) {
            violations.add(new FieldViolation(field, "position", "a position is [longitude, latitude] in decimal degrees"));
            return null;
        }
        double longitude = lon.doubleValue();
        double latitude = lat.doubleValue();
        if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90 || Double.isNaN(longitude)
                || Double.isNaN(latitude)) {
            violations.add(new FieldViolation(field, "range",
                    "longitude between -180 and 180, latitude between -90 and 90 (WGS-84, longitude first)"));
            return null;
        }
        return new GeoPoint(longitude, latitude);
    }
}
