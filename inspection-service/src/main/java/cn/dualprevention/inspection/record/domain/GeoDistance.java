package cn.dualprevention.inspection.record.domain;

/** Great-circle distance between two WGS-84 positions (haversine, mean earth radius). */
public final class GeoDistance {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private GeoDistance() {
    }

    public static double meters(double longitude1, double latitude1, double longitude2, double latitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double dPhi = Math.toRadians(latitude2 - latitude1);
        double dLambda = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
