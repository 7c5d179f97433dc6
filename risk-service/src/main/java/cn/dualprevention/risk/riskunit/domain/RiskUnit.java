package cn.dualprevention.risk.riskunit.domain;

import java.time.Instant;

import cn.dualprevention.platform.errors.FieldViolation;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.risk.common.domain.TextRules;

import java.util.ArrayList;
import java.util.List;

/**
 * 风险分析单元 — a risk analysis unit: a device, facility, site or operation of an enterprise, with a
 * responsible department and person and a risk level. Text limits are the regulator's (a Chinese
 * character counts as two), so that what is accepted here can always be reported.
 *
 * @param plantId      the plant or area (厂区 / 区域) the unit lies in; its map is drawn per plant
 * @param location     the unit's position (its point, or the centre of its outline)
 * @param area         the unit's outline on the map, when it has one (else it is drawn as its point)
 * @param riskLevel    the assessed (static) level: the highest residual level of its events
 * @param currentLevel the dynamic level: the assessed level raised by what is open on the unit
 * @param qrToken      the random token of the QR code at the unit (check-in), see {@link QrTokens}
 * @param condition    open hazards, active tasks and missed checks, as other services report them
 */
public record RiskUnit(String id, long version, String groupId, String enterpriseId, String riskObjectId,
                       String plantId, String hazardCode, String name, String responsibleDepartment,
                       String responsibleDepartmentId, String responsiblePerson, String responsiblePersonId,
                       RiskLevel riskLevel, RiskLevel currentLevel, GeoPoint location, GeoPolygon area,
                       UnitStatus status, String qrToken, boolean deleted, UnitCondition condition, Instant stoppedSince) {

    /** A unit in service (or whose stop began before the stop's start was kept). */
    public RiskUnit(String id, long version, String groupId, String enterpriseId, String riskObjectId,
                    String plantId, String hazardCode, String name, String responsibleDepartment,
                    String responsibleDepartmentId, String responsiblePerson, String responsiblePersonId,
                    RiskLevel riskLevel, RiskLevel currentLevel, GeoPoint location, GeoPolygon area,
                    UnitStatus status, String qrToken, boolean deleted, UnitCondition condition) {
        this(id, version, groupId, enterpriseId, riskObjectId, plantId, hazardCode, name, responsibleDepartment,
                responsibleDepartmentId, responsiblePerson, responsiblePersonId, riskLevel, currentLevel, location, area,
                status, qrToken, deleted, condition, null);
    }

    public RiskUnit {
        condition = condition == null ? UnitCondition.NONE : condition;
        currentLevel = currentLevel == null ? riskLevel : currentLevel;
    }

    public static RiskUnit create(String id, String groupId, String enterpriseId, String enterpriseCompanyCode,
                                  String hazardCode, String name, String responsibleDepartment,
                                  String responsiblePerson, RiskLevel riskLevel, GeoPoint location) {
        return create(id, groupId, enterpriseId, enterpriseCompanyCode, new UnitDetails(null, hazardCode, name,
                responsibleDepartment, null, responsiblePerson, null, location), riskLevel, QrTokens.random());
    }

    public static RiskUnit create(String id, String groupId, String enterpriseId, String enterpriseCompanyCode,
                                  UnitDetails details, RiskLevel riskLevel, String qrToken) {
        List<FieldViolation> violations = details.violations(enterpriseCompanyCode);
        if (riskLevel == null) {
            violations.add(new FieldViolation("riskLevel", "required", "a risk level is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        UnitDetails d = details.trimmed();
        return new RiskUnit(id, 1, groupId, enterpriseId, d.riskObjectId(), d.plantId(), d.hazardCode(), d.name(),
                d.responsibleDepartment(), d.responsibleDepartmentId(), d.responsiblePerson(),
                d.responsiblePersonId(), riskLevel, riskLevel, d.position(), d.area(), UnitStatus.IN_SERVICE, qrToken,
                false, UnitCondition.NONE);
    }

    /** The same unit with new master data (one version later). */
    public RiskUnit update(String enterpriseCompanyCode, UnitDetails details) {
        requireNotDeleted();
        List<FieldViolation> violations = details.violations(enterpriseCompanyCode);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        UnitDetails d = details.trimmed();
        return new RiskUnit(id, version + 1, groupId, enterpriseId, d.riskObjectId(), d.plantId(), d.hazardCode(),
                d.name(), d.responsibleDepartment(), d.responsibleDepartmentId(), d.responsiblePerson(),
                d.responsiblePersonId(), riskLevel, currentLevel, d.position(), d.area(), status, qrToken, false,
                condition, stoppedSince);
    }

    /** 停用检修 from {@code at}; the stop's start travels again on the resumption (one unitStop record). */
    public RiskUnit stop(Instant at) {
        requireNotDeleted();
        if (status == UnitStatus.STOPPED) {
            throw new RuleViolationException("unit-already-stopped", "unit " + name + " is already stopped for maintenance");
        }
        // milliseconds, as the database keeps it: the resumption must name the stop by exactly the same instant
        return withStatus(UnitStatus.STOPPED, at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    public RiskUnit resume() {
        requireNotDeleted();
        if (status != UnitStatus.STOPPED) {
            throw new RuleViolationException("unit-not-stopped", "unit " + name + " is in service; only a stopped unit resumes");
        }
        return withStatus(UnitStatus.IN_SERVICE, null);
    }

    /** A new QR code for the unit (the old printed code no longer checks in). */
    public RiskUnit rotateQrToken(String newToken) {
        requireNotDeleted();
        return new RiskUnit(id, version + 1, groupId, enterpriseId, riskObjectId, plantId, hazardCode, name,
                responsibleDepartment, responsibleDepartmentId, responsiblePerson, responsiblePersonId, riskLevel,
                currentLevel, location, area, status, newToken, deleted, condition, stoppedSince);
    }

    /**
     * Whether the unit may be deleted now: refused while hazards are open on the unit or inspection tasks still
     * check it (they would lose their unit). Its risk events and measures go with it.
     */
    public void requireDeletable() {
        requireNotDeleted();
        if (!condition.openHazards().isEmpty()) {
            throw new RuleViolationException("unit-has-open-hazards", "unit " + name + " cannot be deleted: "
                    + condition.openHazards().size() + " hazard(s) on it are still open ("
                    + String.join(", ", condition.openHazards().stream().map(OpenHazard::name).toList())
                    + "); accept or reject them first");
        }
        if (!condition.activeTaskIds().isEmpty()) {
            throw new RuleViolationException("unit-has-active-tasks", "unit " + name + " cannot be deleted: "
                    + condition.activeTaskIds().size() + " inspection task(s) still check it; retire them first");
        }
    }

    /** Soft delete (逻辑删除), after {@link #requireDeletable()}. */
    public RiskUnit delete() {
        requireDeletable();
        return new RiskUnit(id, version + 1, groupId, enterpriseId, riskObjectId, plantId, hazardCode, name,
                responsibleDepartment, responsibleDepartmentId, responsiblePerson, responsiblePersonId, riskLevel,
                currentLevel, location, area, status, qrToken, true, condition, stoppedSince);
    }

    /** A new assessed level (from its events' residual assessments); the current level follows by the rules. */
    public RiskUnit regrade(RiskLevel assessed, DynamicRiskRules rules) {
        return new RiskUnit(id, version + 1, groupId, enterpriseId, riskObjectId, plantId, hazardCode, name,
                responsibleDepartment, responsibleDepartmentId, responsiblePerson, responsiblePersonId, assessed,
                rules.currentLevel(assessed, condition).level(), location, area, status, qrToken, deleted, condition,
                stoppedSince);
    }

    /** A new condition reported by another service; the current level follows by the rules. */
    public RiskUnit withCondition(UnitCondition next, DynamicRiskRules rules) {
        return new RiskUnit(id, version + 1, groupId, enterpriseId, riskObjectId, plantId, hazardCode, name,
                responsibleDepartment, responsibleDepartmentId, responsiblePerson, responsiblePersonId, riskLevel,
                rules.currentLevel(riskLevel, next).level(), location, area, status, qrToken, deleted, next,
                stoppedSince);
    }

    /** Event data of {@code risk.unit.created.v1}, {@code .updated.v1} and {@code .deleted.v1}: the whole unit. */
    public RiskUnitCreated created() {
        return new RiskUnitCreated(id, enterpriseId, hazardCode, name, responsibleDepartment, responsiblePerson,
                riskLevel.name(), location == null ? null : location.longitude(),
                location == null ? null : location.latitude(), status.name(), riskObjectId, responsibleDepartmentId,
                responsiblePersonId, currentLevel.name(), qrToken, plantId, UnitGeometry.geoJson(location, area),
                deleted);
    }

    private RiskUnit withStatus(UnitStatus next, Instant since) {
        return new RiskUnit(id, version + 1, groupId, enterpriseId, riskObjectId, plantId, hazardCode, name,
                responsibleDepartment, responsibleDepartmentId, responsiblePerson, responsiblePersonId, riskLevel,
                currentLevel, location, area, next, qrToken, deleted, condition, since);
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new RuleViolationException("unit-deleted", "unit " + name + " was deleted");
        }
    }

    /**
     * The master data of a unit as a safety engineer enters it.
     *
     * @param location a point, or null
     * @param area     an outline, or null; a unit with an outline and no point is placed at the outline's centre
     */
    public record UnitDetails(String riskObjectId, String plantId, String hazardCode, String name,
                              String responsibleDepartment, String responsibleDepartmentId, String responsiblePerson,
                              String responsiblePersonId, GeoPoint location, GeoPolygon area) {

        public UnitDetails(String riskObjectId, String hazardCode, String name, String responsibleDepartment,
                           String responsibleDepartmentId, String responsiblePerson, String responsiblePersonId,
                           GeoPoint location) {
            this(riskObjectId, null, hazardCode, name, responsibleDepartment, responsibleDepartmentId,
                    responsiblePerson, responsiblePersonId, location, null);
        }

        GeoPoint position() {
            return location != null || area == null ? location : area.centre();
        }

        List<FieldViolation> violations(String enterpriseCompanyCode) {
            List<FieldViolation> violations = new ArrayList<>();
            TextRules.require(violations, "hazardCode", hazardCode, 36);
            if (hazardCode != null && hazardCode.matches("\\d{12}") && !hazardCode.startsWith(enterpriseCompanyCode)) {
                violations.add(new FieldViolation("hazardCode", "major-hazard-code",
                        "a 12-digit major hazard source code starts with the enterprise's companyCode " + enterpriseCompanyCode));
            }
            TextRules.require(violations, "name", name, 200);
            TextRules.require(violations, "responsibleDepartment", responsibleDepartment, 200);
            TextRules.require(violations, "responsiblePerson", responsiblePerson, 20);
            return violations;
        }

        UnitDetails trimmed() {
            return new UnitDetails(riskObjectId, plantId, hazardCode.trim(), name.trim(), responsibleDepartment.trim(),
                    responsibleDepartmentId, responsiblePerson.trim(), responsiblePersonId, location, area);
        }
    }
}
