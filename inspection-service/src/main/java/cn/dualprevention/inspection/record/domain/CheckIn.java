package cn.dualprevention.inspection.record.domain;

import cn.dualprevention.inspection.riskmodel.domain.UnitSite;

/**
 * 签到凭证 — the check-in evidence of a record: the unit's QR / NFC token as scanned and the phone's GPS position,
 * compared with the unit. A wrong token or a position farther than the allowed distance is flagged, not refused: the
 * safety manager sees it on the record.
 *
 * @param qrTokenMatched  true / false when a token was scanned and the unit has one; null when it cannot be compared
 * @param distanceMeters  from the unit's location; null without a position on either side
 */
public record CheckIn(String qrToken, Double longitude, Double latitude, Boolean qrTokenMatched, Double distanceMeters,
                      boolean locationMismatch) {

    public static CheckIn evaluate(String qrToken, Double longitude, Double latitude, UnitSite unit,
                                   double allowedMeters) {
        if ((longitude == null) != (latitude == null)) {
            throw new RejectedSubmission(Rejection.input(longitude == null ? "longitude" : "latitude", "pair",
                    "a position needs both longitude and latitude"));
        }
        if (longitude != null && (Math.abs(longitude) > 180 || Math.abs(latitude) > 90)) {
            throw new RejectedSubmission(Rejection.input("longitude", "range", "longitude −180…180, latitude −90…90"));
        }
        Boolean matched = qrToken == null || unit == null || unit.qrToken() == null ? null : unit.qrToken().equals(qrToken);
        Double distance = longitude == null || unit == null || !unit.hasLocation() ? null
                : Math.round(GeoDistance.meters(longitude, latitude, unit.longitude(), unit.latitude()) * 10) / 10.0;
        return new CheckIn(qrToken, longitude, latitude, matched, distance, distance != null && distance > allowedMeters);
    }

    public static CheckIn none() {
        return new CheckIn(null, null, null, null, null, false);
    }
}
