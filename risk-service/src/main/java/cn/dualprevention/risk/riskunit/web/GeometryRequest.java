package cn.dualprevention.risk.riskunit.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A GeoJSON geometry (RFC 7946, WGS-84, longitude first): a Point or a Polygon with closed rings. */
@Schema(example = "{\"type\":\"Polygon\",\"coordinates\":[[[113.7500,34.7220],[113.7520,34.7220],[113.7520,34.7235],"
        + "[113.7500,34.7235],[113.7500,34.7220]]]}")
public record GeometryRequest(
        @Schema(description = "Point or Polygon", example = "Polygon") String type,
        @Schema(description = "Point: [longitude, latitude]; Polygon: rings of positions, each ring closed (last = first) "
                + "with at least 4 positions") List<Object> coordinates) {
}
