package cn.dualprevention.deploy.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of {@code POST /api/v1/inspection-records} for a planned check: the phone's record with its evidence. */
final class RecordBody {

    /** Metres per degree of latitude (WGS-84, near enough). */
    private static final double METERS_PER_DEGREE = 111_320;

    private RecordBody() {
    }

    static Map<String, Object> of(PlannedCheck check, Group.Unit unit, long seed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", "sim-" + seed + "-" + check.cycle().id());
        body.put("cycleId", check.cycle().id());
        boolean hazard = check.outcome() == Outcome.HAZARD;
        body.put("status", hazard ? "HAZARD_FOUND" : "NORMAL");
        if (hazard) {
            body.put("hazard", Map.of("description", check.finding().description(), "level", check.hazardLevel(),
                    "hazardType", check.finding().hazardType(), "source", "1"));
        }
        body.put("checkTime", check.checkTime().toString());
        body.put("deviceId", "sim-phone-" + Integer.toHexString(check.personId().hashCode()));
        if (check.qrScanned() && unit != null && unit.qrToken() != null) {
            body.put("qrToken", unit.qrToken());
        }
        if (unit != null && unit.latitude() != null && unit.longitude() != null) {
            body.put("longitude", unit.longitude());
            body.put("latitude", unit.latitude() + check.metersFromUnit() / METERS_PER_DEGREE);
        }
        body.put("remarks", switch (check.outcome()) {
            case HAZARD -> "发现隐患，已上报";
            case LATE -> "超出排查时段补检";
            default -> "正常";
        });
        if (check.photo()) {
            String picture = check.samePhotoEveryTime() ? Photos.pictureBase64("the same picture")
                    : Photos.pictureBase64(check.cycle().key());
            body.put("photos", List.of(Map.of("contentType", "image/png", "data", picture)));
        }
        return body;
    }
}
