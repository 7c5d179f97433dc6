package cn.dualprevention.risk.riskunit.domain;

import cn.dualprevention.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitGeometryTest {

    private static final List<Object> SQUARE = List.of(List.of(List.of(113.75, 34.72), List.of(113.76, 34.72),
            List.of(113.76, 34.73), List.of(113.75, 34.73), List.of(113.75, 34.72)));

    @Test
    void aClosedRingIsAPolygonPlacedAtItsCentre() {
        UnitGeometry.Shape shape = UnitGeometry.parse("Polygon", SQUARE);
        assertThat(shape.polygon().rings().get(0)).hasSize(5);
        assertThat(shape.position()).isEqualTo(new GeoPoint(113.755, 34.725));
        assertThat(UnitGeometry.geoJson(shape.position(), shape.polygon())).containsEntry("type", "Polygon");
        assertThat(UnitGeometry.parse("Point", List.of(113.75, 34.72)).point()).isEqualTo(new GeoPoint(113.75, 34.72));
    }

    @Test
    void everyBrokenRuleOfAPolygonIsNamedWithItsPosition() {
        List<Object> rings = List.of(
                List.of(List.of(113.75, 34.72), List.of(113.76, 34.72), List.of(113.76, 34.73), List.of(113.75, 34.73)),
                List.of(List.of(113.75, 34.72), List.of(113.76, 34.72), List.of(113.75, 34.72)),
                List.of(List.of(113.75, 34.72), List.of(181.0, 34.72), List.of(113.76, 95.0), List.of(113.75, 34.72)),
                List.of(List.of(113.75, 34.72), List.of("east", 34.72), List.of(113.76, 34.73), List.of(113.75, 34.72)));
        assertThatThrownBy(() -> UnitGeometry.parse("Polygon", rings))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + "/" + v.rule())
                        .containsExactly("geometry.coordinates[0]/closed-ring", "geometry.coordinates[1]/ring-size",
                                "geometry.coordinates[2][1]/range", "geometry.coordinates[2][2]/range",
                                "geometry.coordinates[3][1]/position"));
        assertThatThrownBy(() -> UnitGeometry.parse("MultiPolygon", SQUARE))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations().get(0).field() + "/" + e.violations().get(0).rule()).isEqualTo("geometry.type/type"));
    }
}
