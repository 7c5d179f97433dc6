package cn.dualprevention.risk.riskunit.domain;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.text.TextWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * 风险分析单元 — a risk analysis unit: a device, facility, site or operation of an enterprise, with a
 * responsible department and person and a risk level. Text limits are the regulator's (a Chinese
 * character counts as two), so that what is accepted here can always be reported.
 */
public record RiskUnit(String id, long version, String groupId, String enterpriseId, String hazardCode, String name,
                       String responsibleDepartment, String responsiblePerson, RiskLevel riskLevel, GeoPoint location,
                       UnitStatus status) {

    public static RiskUnit create(String id, String groupId, String enterpriseId, String enterpriseCompanyCode,
                                  String hazardCode, String name, String responsibleDepartment,
                                  String responsiblePerson, RiskLevel riskLevel, GeoPoint location) {
        List<FieldViolation> violations = new ArrayList<>();
        requireText(violations, "hazardCode", hazardCode, 36);
        if (hazardCode != null && hazardCode.matches("\\d{12}") && !hazardCode.startsWith(enterpriseCompanyCode)) {
            violations.add(new FieldViolation("hazardCode", "major-hazard-code",
                    "a 12-digit major hazard source code starts with the enterprise's companyCode " + enterpriseCompanyCode));
        }
        requireText(violations, "name", name, 200);
        requireText(violations, "responsibleDepartment", responsibleDepartment, 200);
        requireText(violations, "responsiblePerson", responsiblePerson, 20);
        if (riskLevel == null) {
            violations.add(new FieldViolation("riskLevel", "required", "a risk level is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new RiskUnit(id, 1, groupId, enterpriseId, hazardCode, name.trim(), responsibleDepartment.trim(),
                responsiblePerson.trim(), riskLevel, location, UnitStatus.IN_SERVICE);
    }

    public RiskUnitCreated created() {
        return new RiskUnitCreated(id, enterpriseId, hazardCode, name, responsibleDepartment, responsiblePerson,
                riskLevel.name(), location == null ? null : location.longitude(),
                location == null ? null : location.latitude(), status.name());
    }

    private static void requireText(List<FieldViolation> violations, String field, String value, int width) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "required", "must not be blank"));
        } else if (!TextWidth.fits(value.trim(), width)) {
            violations.add(new FieldViolation(field, "max-width",
                    "at most " + width + " wide (a Chinese character counts as two); this is " + TextWidth.of(value.trim())));
        }
    }
}
