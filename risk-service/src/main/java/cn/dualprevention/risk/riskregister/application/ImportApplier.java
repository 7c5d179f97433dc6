package cn.dualprevention.risk.riskregister.application;

import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import cn.dualprevention.risk.measure.domain.ControlMeasure;
import cn.dualprevention.risk.measure.domain.ControlMeasureChanged;
import cn.dualprevention.risk.measure.domain.ControlMeasures;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
import cn.dualprevention.risk.riskevent.domain.RiskEventAssessed;
import cn.dualprevention.risk.riskevent.domain.RiskEventCreated;
import cn.dualprevention.risk.riskevent.domain.RiskEvents;
import cn.dualprevention.risk.riskregister.domain.ImportJob;
import cn.dualprevention.risk.riskregister.domain.ImportJobs;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import cn.dualprevention.risk.riskunit.domain.RiskUnitCreated;
import cn.dualprevention.risk.riskunit.domain.RiskUnits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a planned import: per unit its risk events (each with its assessment) and their measures first, the unit
 * last. Every write is an idempotent insert of a document with its pre-assigned id, carrying its own events in its
 * outbox, so applying a job again after a crash or a database failure writes exactly what is missing. A unit
 * becomes visible (lists, map, export) only with its own write, after everything of it is there: a unit is never
 * seen half imported.
 */
@Service
public class ImportApplier {

    private static final Logger LOG = LoggerFactory.getLogger(ImportApplier.class);

    private final RiskUnits units;
    private final RiskEvents events;
    private final ControlMeasures measures;
    private final ImportJobs jobs;
    private final Clock clock;

    public ImportApplier(RiskUnits units, RiskEvents events, ControlMeasures measures, ImportJobs jobs, Clock clock) {
        this.units = units;
        this.events = events;
        this.measures = measures;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** What applying wrote: how many documents were new (the rest were there already). */
    public record Applied(int written, int present) {
    }

    public Applied apply(ImportJob job) {
        boolean bind = CallerContext.current().isEmpty();
        if (bind) {
            // a resumed import is announced in the name of whoever imported the file
            CallerContext.bind(new Caller(job.actor(), job.groupId(), Set.of(job.enterpriseId()), false, Set.of("system")));
        }
        try {
            int written = 0;
            int present = 0;
            for (ImportJob.PlannedUnit planned : job.units()) {
                for (ImportJob.PlannedEvent e : planned.events()) {
                    RiskEvent event = e.event();
                    List<NewEvent> announced = new ArrayList<>();
                    announced.add(new NewEvent(RiskEventCreated.TYPE, event.groupId(), event.enterpriseId(), event.id(),
                            event.created()));
                    event.assessments().forEach(a -> announced.add(new NewEvent(RiskEventAssessed.TYPE, event.groupId(),
                            event.enterpriseId(), event.id(), RiskEventAssessed.of(event, a))));
                    if (events.addIfAbsent(event, announced)) {
                        written++;
                    } else {
                        present++;
                    }
                    for (ControlMeasure m : e.measures()) {
                        if (measures.addIfAbsent(m, List.of(new NewEvent(ControlMeasureChanged.CREATED, m.groupId(),
                                m.enterpriseId(), m.id(), m.changed())))) {
                            written++;
                        } else {
                            present++;
                        }
                    }
                }
                RiskUnit unit = planned.unit();
                if (units.addIfAbsent(unit, List.of(new NewEvent(RiskUnitCreated.TYPE, unit.groupId(), unit.enterpriseId(),
                        unit.id(), unit.created())))) {
                    written++;
                } else {
                    present++;
                }
            }
            jobs.markDone(job.id());
            return new Applied(written, present);
        } finally {
            if (bind) {
                CallerContext.clear();
            }
        }
    }

    /**
     * Completes the imports that stopped half-way (the instance crashed, the database failed) and are older than
     * {@code grace}, so that an import still running elsewhere is left alone. Returns how many were completed.
     */
    public int resumeUnfinished(Duration grace) {
        int resumed = 0;
        for (ImportJob job : jobs.unfinishedBefore(clock.instant().minus(grace))) {
            try {
                Applied applied = apply(job);
                LOG.info("completed risk register import {} of enterprise {}: {} documents written, {} were there",
                        job.id(), job.enterpriseId(), applied.written(), applied.present());
                resumed++;
            } catch (RuntimeException e) {
                LOG.warn("risk register import {} could not be completed yet; it is tried again", job.id(), e);
            }
        }
        return resumed;
    }
}
