package cn.dualprevention.hazard.hazard.domain;

/**
 * Where a hazard belongs: its risk analysis unit and object (hazardCode), the responsible department, and —
 * for a hazard found by an inspection task — the control measure, task and inspection record (排查记录).
 * Any of them may be absent for an ad-hoc finding.
 */
public record HazardOrigin(String unitId, String unitName, String riskObjectId, String hazardCode, String department,
                           String measureId, String taskId, String recordId) {

    public static HazardOrigin none() {
        return new HazardOrigin(null, null, null, null, null, null, null, null);
    }
}
