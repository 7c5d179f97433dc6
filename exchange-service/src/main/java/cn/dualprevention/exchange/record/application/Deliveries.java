package cn.dualprevention.exchange.record.application;

import cn.dualprevention.exchange.enterprise.domain.EnterpriseDirectory;
import cn.dualprevention.exchange.enterprise.domain.EnterpriseIdentity;
import cn.dualprevention.exchange.record.domain.KeptRecord;
import cn.dualprevention.exchange.record.domain.RecordFilter;
import cn.dualprevention.exchange.record.domain.RecordState;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.exchange.record.domain.RegulatorRecords;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** 数据上报情况 — what went out to the regulator and what is held back, and why, within the caller's scope. */
@Service
public class Deliveries {

    static final int MAX_ROWS = 500;

    private final RegulatorRecords records;
    private final EnterpriseDirectory enterprises;

    public Deliveries(RegulatorRecords records, EnterpriseDirectory enterprises) {
        this.records = records;
        this.enterprises = enterprises;
    }

    /**
     * The caller's records, newest change first.
     *
     * @param state        SENT or HELD, or null
     * @param recordType   a specification name such as {@code riskUnit}, or null
     * @param enterpriseId one enterprise, or null for all the caller may see
     */
    public List<KeptRecord> find(String state, String recordType, String enterpriseId) {
        Caller caller = CallerContext.require();
        RecordState wantedState = state == null ? null : parseState(state);
        RecordType wantedType = recordType == null ? null : RecordType.ofSpecName(recordType)
                .orElseThrow(() -> new InvalidValueException("recordType", "one-of",
                        "recordType must be one of " + Arrays.stream(RecordType.values()).map(RecordType::specName).toList()));
        Set<String> scope;
        if (enterpriseId != null) {
            String groupOfEnterprise = enterprises.find(enterpriseId).map(EnterpriseIdentity::groupId).orElse(null);
            caller.requireAccess(groupOfEnterprise, enterpriseId, "enterprise", enterpriseId);
            scope = Set.of(enterpriseId);
        } else {
            scope = caller.allEnterprises() ? null : caller.enterpriseIds();
        }
        return records.search(new RecordFilter(caller.groupId(), scope, wantedState, wantedType, MAX_ROWS));
    }

    private static RecordState parseState(String state) {
        try {
            return RecordState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("state", "one-of", "state must be one of " + Arrays.toString(RecordState.values()));
        }
    }
}
