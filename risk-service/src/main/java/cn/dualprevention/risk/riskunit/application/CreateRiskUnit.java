package cn.dualprevention.risk.riskunit.application;

import cn.dualprevention.risk.riskunit.domain.RiskLevel;

import java.util.List;

/**
 * Command: create a risk analysis unit of an enterprise (or, without riskLevel, its new master data).
 *
 * @param geometry a GeoJSON Point or Polygon; when given it places the unit (longitude / latitude then only name the
 *                 position of a polygon unit, which is otherwise its centre)
 * @param version  for a change: the version it was made from (optional)
 */
public record CreateRiskUnit(String enterpriseId, String riskObjectId, String plantId, String hazardCode, String name,
                             String responsibleDepartment, String responsibleDepartmentId, String responsiblePerson,
                             String responsiblePersonId, RiskLevel riskLevel, Double longitude, Double latitude,
                             Geometry geometry, Long version) {

    /** A GeoJSON geometry as sent: {@code type} and nested {@code coordinates}. */
    public record Geometry(String type, List<Object> coordinates) {
    }
}
