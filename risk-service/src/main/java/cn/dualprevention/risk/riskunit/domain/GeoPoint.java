package cn.dualprevention.risk.riskunit.domain;

import cn.dualprevention.platform.errors.InvalidValueException;

/** A WGS-84 position of a unit (longitude, latitude in degrees). */
public record GeoPoint(double longitude, double latitude) {

    public GeoPoint {
        if (longitude < -180 || longitude > 180) {
            throw new InvalidValueException("longitude", "range", "must be between -180 and 180");
        }
        if (latitude < -90 || latitude > 90) {
            throw new InvalidValueException("latitude", "range", "must be between -90 and 90");
        }
    }
}
