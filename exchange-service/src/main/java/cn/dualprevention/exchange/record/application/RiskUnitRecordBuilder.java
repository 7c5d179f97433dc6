package cn.dualprevention.exchange.record.application;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.record.domain.BuiltRecord;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import cn.dualprevention.exchange.record.domain.RiskClassEncoding;
import cn.dualprevention.exchange.record.domain.RiskUnitRecords;
import cn.dualprevention.exchange.record.domain.UnitFacts;
import cn.dualprevention.platform.events.EventEnvelope;
import cn.dualprevention.platform.events.EventJson;
import cn.dualprevention.platform.inbox.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the {@code riskUnit} record of every new unit. */
@Component
public class RiskUnitRecordBuilder implements EventHandler {

    private static final Logger log = LoggerFactory.getLogger(RiskUnitRecordBuilder.class);

    private final EnterpriseDirectory enterprises;
    private final RegulatorRecords records;
    private final EventJson json;

    public RiskUnitRecordBuilder(EnterpriseDirectory enterprises, RegulatorRecords records, EventJson json) {
        this.enterprises = enterprises;
        this.records = records;
        this.json = json;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("risk.unit.created.v1");
    }

    @Override
    public void handle(EventEnvelope event) {
        UnitFacts unit = json.data(event, UnitFacts.class);
        Optional<EnterpriseIdentity> enterprise = enterprises.find(event.enterpriseId());
        BuiltRecord<?> record = enterprise
                .<BuiltRecord<?>>map(e -> RiskUnitRecords.build(unit, e, event.time(), event.actor(), RiskClassEncoding.DEFAULT))
                .orElseGet(() -> new BuiltRecord<>(RecordType.RISK_UNIT, unit.unitId(), unit,
                        List.of("enterprise " + event.enterpriseId() + " is not known yet")));
        if (!record.sendable()) {
            log.warn("riskUnit {} held: {}", record.recordId(), record.problems());
        }
        records.addFirstVersion(event.enterpriseId(), record);
    }
}
