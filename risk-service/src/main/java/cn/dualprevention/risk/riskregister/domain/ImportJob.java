package cn.dualprevention.risk.riskregister.domain;

import cn.dualprevention.risk.measure.domain.ControlMeasure;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;

import java.time.Instant;
import java.util.List;

/**
 * 导入任务 — one import of a risk register workbook into an enterprise, planned in full before anything is written:
 * every unit that passed its checks, with its risk events (already assessed) and control measures, each with its
 * time-ordered id fixed in advance. Applying the job inserts what is not there yet, so an import interrupted by a
 * crash or a database failure is completed by applying it again, without doubles. The same file (by SHA-256) is
 * imported once per enterprise.
 *
 * @param actor who imported it (the events of a resumed import carry this actor)
 */
public record ImportJob(String id, String groupId, String enterpriseId, String checksum, String actor,
                        Instant createdAt, State state, List<PlannedUnit> units, Report report) {

    public ImportJob {
        units = List.copyOf(units);
    }

    /** PLANNED until every planned document is written, then DONE. */
    public enum State { PLANNED, DONE }

    /** A unit with its events; the unit is written last, so an interrupted unit is never visible by itself. */
    public record PlannedUnit(RiskUnit unit, List<PlannedEvent> events) {
        public PlannedUnit {
            events = List.copyOf(events);
        }
    }

    /** A risk event (version 1, with its residual assessment) and its measures. */
    public record PlannedEvent(RiskEvent event, List<ControlMeasure> measures) {
        public PlannedEvent {
            measures = List.copyOf(measures);
        }
    }

    /** What the import did (or will have done once applied). */
    public record Report(int rows, int importedUnits, int importedEvents, int importedMeasures,
                         List<String> rejectedUnits, List<RowProblem> problems) {
        public Report {
            rejectedUnits = List.copyOf(rejectedUnits);
            problems = List.copyOf(problems);
        }
    }
}
