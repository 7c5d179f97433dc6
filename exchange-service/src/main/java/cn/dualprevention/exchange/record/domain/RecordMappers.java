package cn.dualprevention.exchange.record.domain;

import java.util.List;

/** The mappers of the seven record types, parents first. */
public final class RecordMappers {

    public static final List<RecordMapper> ALL = List.of(new RiskUnitMapper(), new UnitStopMapper(), new RiskEventMapper(),
            new ControlMeasureMapper(), new CheckTaskMapper(), new CheckRecordMapper(), new HiddenDangerMapper());

    private RecordMappers() {
    }
}
