package cn.dualprevention.hazard.hazard.application;

import cn.dualprevention.hazard.hazard.domain.HazardCategory;
import cn.dualprevention.hazard.hazard.domain.HazardLevel;
import cn.dualprevention.hazard.hazard.domain.HazardSource;
import cn.dualprevention.hazard.hazard.domain.HazardType;
import cn.dualprevention.hazard.hazard.domain.ManagementClassification;
import cn.dualprevention.hazard.hazard.domain.OccurrenceLink;

import java.time.LocalDate;
import java.util.List;

/**
 * Command: register a hazard found ad hoc (随手拍, a 包保 guarantor's check, an external expert …). A major hazard names
 * its liable person and deadline ({@code liablePerson}, {@code deadline}); a general one may.
 */
public record RegisterHazard(String enterpriseId, String unitId, String measureId, String name, HazardLevel level,
                             HazardSource source, HazardType hazardType,
                             ManagementClassification managementClassification, OccurrenceLink occurrenceLink,
                             HazardCategory category, String description, String cause, List<String> photoIds,
                             String liablePerson, LocalDate deadline) {
}
