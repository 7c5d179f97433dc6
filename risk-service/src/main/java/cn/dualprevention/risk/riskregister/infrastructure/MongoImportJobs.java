package cn.dualprevention.risk.riskregister.infrastructure;

import cn.dualprevention.risk.assessment.domain.Assessment;
import cn.dualprevention.risk.assessment.domain.AssessmentKind;
import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.measure.domain.ControlLevel;
import cn.dualprevention.risk.measure.domain.ControlMeasure;
import cn.dualprevention.risk.measure.domain.ControlMode;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
import cn.dualprevention.risk.riskregister.domain.ImportJob;
import cn.dualprevention.risk.riskregister.domain.ImportJobs;
import cn.dualprevention.risk.riskregister.domain.RowProblem;
import cn.dualprevention.risk.riskregister.infrastructure.ImportJobDocument.AssessmentEntry;
import cn.dualprevention.risk.riskregister.infrastructure.ImportJobDocument.EventEntry;
import cn.dualprevention.risk.riskregister.infrastructure.ImportJobDocument.MeasureEntry;
import cn.dualprevention.risk.riskregister.infrastructure.ImportJobDocument.ProblemEntry;
import cn.dualprevention.risk.riskregister.infrastructure.ImportJobDocument.ReportEntry;
import cn.dualprevention.risk.riskregister.infrastructure.ImportJobDocument.UnitEntry;
import cn.dualprevention.risk.riskunit.domain.GeoPoint;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import cn.dualprevention.risk.riskunit.domain.UnitCondition;
import cn.dualprevention.risk.riskunit.domain.UnitStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

@Repository
class MongoImportJobs implements ImportJobs {

    private final MongoTemplate mongo;

    MongoImportJobs(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(ImportJob job) {
        try {
            mongo.insert(toDocument(job));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<ImportJob> find(String enterpriseId, String checksum) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("enterpriseId").is(enterpriseId)
                .and("checksum").is(checksum)), ImportJobDocument.class)).map(MongoImportJobs::toDomain);
    }

    @Override
    public void markDone(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("state", ImportJob.State.DONE.name()),
                ImportJobDocument.class);
    }

    @Override
    public List<ImportJob> unfinishedBefore(Instant before) {
        return mongo.find(Query.query(Criteria.where("state").ne(ImportJob.State.DONE.name()).and("createdAt").lt(before)),
                ImportJobDocument.class).stream().map(MongoImportJobs::toDomain).toList();
    }

    private static ImportJobDocument toDocument(ImportJob job) {
        List<UnitEntry> units = job.units().stream().map(p -> {
            RiskUnit u = p.unit();
            return new UnitEntry(u.id(), u.hazardCode(), u.name(), u.responsibleDepartment(), u.responsiblePerson(),
                    u.location() == null ? null : u.location().longitude(),
                    u.location() == null ? null : u.location().latitude(), u.riskLevel().name(), u.qrToken(),
                    p.events().stream().map(MongoImportJobs::toEntry).toList());
        }).toList();
        ImportJob.Report r = job.report();
        return new ImportJobDocument(job.id(), job.groupId(), job.enterpriseId(), job.checksum(), job.actor(),
                job.createdAt(), job.state().name(), units, new ReportEntry(r.rows(), r.importedUnits(), r.importedEvents(),
                r.importedMeasures(), r.rejectedUnits(), r.problems().stream().map(p -> new ProblemEntry(p.row(),
                p.column(), p.header(), p.rule(), p.message())).toList()));
    }

    private static EventEntry toEntry(ImportJob.PlannedEvent p) {
        RiskEvent e = p.event();
        Assessment a = e.assessments().get(0);
        TreeMap<String, String> factors = new TreeMap<>();
        a.factors().forEach((k, v) -> factors.put(k, v.toPlainString()));
        return new EventEntry(e.id(), e.name(), e.consequence(), new AssessmentEntry(a.kind().name(), a.method().name(),
                factors, a.score() == null ? null : a.score().toPlainString(), a.level().name(), a.directRule(), a.reason(),
                a.assessor(), a.assessedAt()), p.measures().stream().map(m -> new MeasureEntry(m.id(), m.controlMode().name(),
                m.description(), m.classify1(), m.classify2(), m.classify3(), m.troubleshootContent(),
                m.controlLevel().name(), m.responsiblePostId())).toList());
    }

    private static ImportJob toDomain(ImportJobDocument d) {
        List<ImportJob.PlannedUnit> units = d.units().stream().map(u -> {
            RiskUnit unit = new RiskUnit(u.id(), 1, d.groupId(), d.enterpriseId(), null, null, u.hazardCode(), u.name(),
                    u.responsibleDepartment(), null, u.responsiblePerson(), null, RiskLevel.valueOf(u.level()), null,
                    u.longitude() == null ? null : new GeoPoint(u.longitude(), u.latitude()), null, UnitStatus.IN_SERVICE,
                    u.qrToken(), false, UnitCondition.NONE);
            return new ImportJob.PlannedUnit(unit, u.events().stream().map(e -> toPlanned(d, u.id(), e)).toList());
        }).toList();
        ReportEntry r = d.report();
        return new ImportJob(d.id(), d.groupId(), d.enterpriseId(), d.checksum(), d.actor(), d.createdAt(),
                ImportJob.State.valueOf(d.state()), units, new ImportJob.Report(r.rows(), r.importedUnits(),
                r.importedEvents(), r.importedMeasures(), r.rejectedUnits(), r.problems().stream()
                .map(p -> new RowProblem(p.row(), p.column(), p.header(), p.rule(), p.message())).toList()));
    }

    private static ImportJob.PlannedEvent toPlanned(ImportJobDocument d, String unitId, EventEntry e) {
        AssessmentEntry a = e.assessment();
        TreeMap<String, BigDecimal> factors = new TreeMap<>();
        a.factors().forEach((k, v) -> factors.put(k, new BigDecimal(v)));
        Assessment assessment = new Assessment(AssessmentKind.valueOf(a.kind()), AssessmentMethod.valueOf(a.method()),
                factors, a.score() == null ? null : new BigDecimal(a.score()), RiskLevel.valueOf(a.level()),
                a.directRule(), a.reason(), a.assessor(), a.assessedAt());
        RiskEvent event = new RiskEvent(e.id(), 1, d.groupId(), d.enterpriseId(), unitId, e.name(), e.consequence(),
                List.of(assessment), false);
        List<ControlMeasure> measures = e.measures().stream().map(m -> new ControlMeasure(m.id(), 1, d.groupId(),
                d.enterpriseId(), e.id(), unitId, ControlMode.valueOf(m.controlMode()), m.description(), m.classify1(),
                m.classify2(), m.classify3(), m.troubleshootContent(), ControlLevel.valueOf(m.controlLevel()),
                m.responsiblePostId(), false)).toList();
        return new ImportJob.PlannedEvent(event, measures);
    }
}
