package cn.dualprevention.risk.riskunit.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 单元范围 — the outline of a unit (a tank farm, a loading area) as a GeoJSON polygon in WGS-84: an outer ring and
 * optional holes, each closed (first position = last) with at least four positions. Built by {@link UnitGeometry}.
 */
public record GeoPolygon(List<List<GeoPoint>> rings) {

    public GeoPolygon {
        rings = rings.stream().map(List::copyOf).toList();
    }

    /**
     * The point that stands for the polygon where a single position is needed (check-in distance, regulator
     * records): the mean of the outer ring's corners.
     */
    public GeoPoint centre() {
        List<GeoPoint> outer = rings.get(0);
        double lon = 0;
        double lat = 0;
        int corners = outer.size() - 1;
        for (int i = 0; i < corners; i++) {
            lon += outer.get(i).longitude();
            lat += outer.get(i).latitude();
        }
        return new GeoPoint(round(lon / corners), round(lat / corners));
    }

    /** GeoJSON coordinates: rings of [longitude, latitude]. */
    public List<List<List<Double>>> coordinates() {
        List<List<List<Double>>> result = new ArrayList<>();
        for (List<GeoPoint> ring : rings) {
            result.add(ring.stream().map(p -> List.of(p.longitude(), p.latitude())).toList());
        }
        return result;
    }

    /** The GeoJSON geometry object. */
    public Map<String, Object> geoJson() {
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Polygon");
        geometry.put("coordinates", coordinates());
        return geometry;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
