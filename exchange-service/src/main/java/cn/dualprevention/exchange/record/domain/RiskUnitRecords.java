package cn.dualprevention.exchange.record.domain;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@code riskUnit} record of a unit, with every rule of the specification it would break. */
public final class RiskUnitRecords {

    private RiskUnitRecords() {
    }

    public static BuiltRecord<RiskUnitRecord> build(UnitFacts unit, EnterpriseIdentity enterprise, Instant changedAt,
                                                    String changedBy, RiskClassEncoding encoding) {
        String date = RecordDates.dateTime(changedAt, enterprise.timeZone());
        RiskUnitRecord record = new RiskUnitRecord(unit.unitId(), enterprise.companyCode(), enterprise.uscc(), "0",
                date, date, changedBy, changedBy, unit.hazardCode(), unit.responsibleDepartment(),
                unit.responsiblePerson(), unit.name(), encoding.code(unit.riskLevel()), unit.longitude(),
                unit.latitude(), "STOPPED".equals(unit.status()) ? "1" : "0");
        List<String> problems = new ArrayList<>();
        SpecRules.common(problems, record.id(), record.companyCode(), record.tyshxydm(), record.createBy());
        SpecRules.required(problems, "hazardCode", record.hazardCode());
        SpecRules.width(problems, "hazardCode", record.hazardCode(), 36);
        SpecRules.required(problems, "hazardDep", record.hazardDep());
        SpecRules.width(problems, "hazardDep", record.hazardDep(), 200);
        SpecRules.required(problems, "hazardLiablePerson", record.hazardLiablePerson());
        SpecRules.width(problems, "hazardLiablePerson", record.hazardLiablePerson(), 20);
        SpecRules.required(problems, "riskUnitName", record.riskUnitName());
        SpecRules.width(problems, "riskUnitName", record.riskUnitName(), 200);
        if (record.riskClass() == null) {
            problems.add("riskClass: no code for risk level " + unit.riskLevel());
        }
        return new BuiltRecord<>(RecordType.RISK_UNIT, record.id(), record, problems);
    }
}
