package cn.dualprevention.risk.riskregister.application;

import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.CallerContext;
import cn.dualprevention.risk.assessment.application.RiskGrading;
import cn.dualprevention.risk.assessment.domain.Assessment;
import cn.dualprevention.risk.assessment.domain.AssessmentKind;
import cn.dualprevention.risk.enterprise.application.EnterpriseRegistry;
import cn.dualprevention.risk.enterprise.domain.Enterprise;
import cn.dualprevention.risk.measure.application.ControlMeasureRegister;
import cn.dualprevention.risk.measure.domain.ControlMeasure;
import cn.dualprevention.risk.org.application.OrgDirectory;
import cn.dualprevention.risk.riskevent.application.RiskEventRegister;
import cn.dualprevention.risk.riskevent.domain.RiskEvent;
import cn.dualprevention.risk.riskregister.domain.Factors;
import cn.dualprevention.risk.riskregister.domain.ImportJob;
import cn.dualprevention.risk.riskregister.domain.ImportJobs;
import cn.dualprevention.risk.riskregister.domain.RegisterCheck;
import cn.dualprevention.risk.riskregister.domain.RegisterColumn;
import cn.dualprevention.risk.riskregister.domain.RegisterRow;
import cn.dualprevention.risk.riskregister.domain.RiskRegisterFile;
import cn.dualprevention.risk.riskregister.domain.RowProblem;
import cn.dualprevention.risk.riskregister.domain.UnitPlan;
import cn.dualprevention.risk.riskunit.application.RiskUnitCatalog;
import cn.dualprevention.risk.riskunit.domain.QrTokens;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 风险清单导入导出 — imports a risk register (unit / event / assessment / measure rows) unit by unit: a unit
 * with any bad row is not imported at all and every broken rule is reported by row and column; exports the
 * three lists (风险清单 in the import layout, 管控措施清单, 排查内容清单) and the post risk-notice cards (岗位风险告知卡).
 */
@Service
public class RiskRegisterExchange {

    private final RiskRegisterFile file;
    private final EnterpriseRegistry enterprises;
    private final RiskGrading grading;
    private final RiskUnitCatalog units;
    private final RiskEventRegister events;
    private final ControlMeasureRegister measures;
    private final OrgDirectory org;
    private final ImportJobs jobs;
    private final ImportApplier applier;
    private final Clock clock;

    public RiskRegisterExchange(RiskRegisterFile file, EnterpriseRegistry enterprises, RiskGrading grading,
                                RiskUnitCatalog units, RiskEventRegister events, ControlMeasureRegister measures,
                                OrgDirectory org, ImportJobs jobs, ImportApplier applier, Clock clock) {
        this.file = file;
        this.enterprises = enterprises;
        this.grading = grading;
        this.units = units;
        this.events = events;
        this.measures = measures;
        this.org = org;
        this.jobs = jobs;
        this.applier = applier;
        this.clock = clock;
    }

    /**
     * What an import did: counts, rejected units and every problem by row and column. {@code replayed} is true when
     * this file had been imported into the enterprise before (by its SHA-256): nothing was imported again, an
     * interrupted earlier import was completed, and its report is shown.
     */
    public record ImportReport(String jobId, boolean replayed, int rows, int importedUnits, int importedEvents,
                               int importedMeasures, List<String> rejectedUnits, List<RowProblem> problems) {
    }

    public ImportReport importRegister(String enterpriseId, byte[] workbook) {
        Enterprise enterprise = enterprises.get(enterpriseId);
        String checksum = sha256(workbook);
        Optional<ImportJob> earlier = jobs.find(enterprise.id(), checksum);
        if (earlier.isPresent()) {
            return replay(earlier.get());
        }
        List<RegisterRow> rows = file.read(new ByteArrayInputStream(workbook));
        Map<String, List<RegisterRow>> byUnit = new LinkedHashMap<>();
        rows.forEach(r -> byUnit.computeIfAbsent(r.unitKey(), k -> new ArrayList<>()).add(r));
        RegisterCheck check = new RegisterCheck(enterprise.companyCode(), m -> grading.inForce(enterprise.id(), m));
        List<ImportJob.PlannedUnit> planned = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        String actor = CallerContext.require().userId();
        Instant now = clock.instant();
        int eventCount = 0;
        int measureCount = 0;
        for (List<RegisterRow> unitRows : byUnit.values()) {
            RegisterCheck.Outcome outcome = check.check(unitRows);
            if (outcome.plan() != null) {
                ImportJob.PlannedUnit unit = plan(enterprise, outcome.plan(), actor, now);
                planned.add(unit);
                eventCount += unit.events().size();
                measureCount += unit.events().stream().mapToInt(e -> e.measures().size()).sum();
            } else {
                rejected.add("rows " + unitRows.get(0).rowNumber() + "–" + unitRows.get(unitRows.size() - 1).rowNumber()
                        + ": " + unitRows.get(0).get(RegisterColumn.UNIT_NAME));
                problems.addAll(outcome.problems());
            }
        }
        ImportJob job = new ImportJob(Ids.newId(), enterprise.groupId(), enterprise.id(), checksum, actor, now,
                ImportJob.State.PLANNED, planned, new ImportJob.Report(rows.size(), planned.size(), eventCount,
                measureCount, rejected, problems));
        if (!jobs.add(job)) {
            // the same file is being imported at this very moment: apply that plan (idempotently), not a second one
            return replay(jobs.find(enterprise.id(), checksum).orElseThrow());
        }
        applier.apply(job);
        return report(job, false);
    }

    private ImportReport replay(ImportJob job) {
        if (job.state() != ImportJob.State.DONE) {
            applier.apply(job);
        }
        return report(job, true);
    }

    private static ImportReport report(ImportJob job, boolean replayed) {
        ImportJob.Report r = job.report();
        return new ImportReport(job.id(), replayed, r.rows(), r.importedUnits(), r.importedEvents(), r.importedMeasures(),
                r.rejectedUnits(), r.problems());
    }

    /** The unit, its events (assessed) and measures with their ids fixed now, in register order. */
    private ImportJob.PlannedUnit plan(Enterprise enterprise, UnitPlan plan, String actor, Instant now) {
        String unitId = Ids.newId();
        List<ImportJob.PlannedEvent> plannedEvents = new ArrayList<>();
        for (UnitPlan.EventPlan e : plan.events()) {
            String eventId = Ids.newId();
            Assessment assessment = Assessment.make(AssessmentKind.RESIDUAL, e.method(), e.factors(), e.directLevel(),
                    e.directRule(), "imported from the risk register", actor, now,
                    e.method() == null ? null : grading.inForce(enterprise.id(), e.method()));
            RiskEvent event = RiskEvent.createAssessed(eventId, enterprise.groupId(), enterprise.id(), unitId, e.name(),
                    e.consequence(), assessment);
            List<ControlMeasure> eventMeasures = new ArrayList<>();
            for (ControlMeasure.MeasureDetails m : e.measures()) {
                eventMeasures.add(ControlMeasure.create(Ids.newId(), enterprise.groupId(), enterprise.id(), eventId, unitId, m));
            }
            plannedEvents.add(new ImportJob.PlannedEvent(event, eventMeasures));
        }
        RiskUnit unit = RiskUnit.create(unitId, enterprise.groupId(), enterprise.id(), enterprise.companyCode(),
                plan.details(), plan.level(), QrTokens.random());
        return new ImportJob.PlannedUnit(unit, plannedEvents);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the three lists of an enterprise as one workbook. */
    public void exportLists(String enterpriseId, OutputStream out) {
        List<List<String>> register = new ArrayList<>();
        List<List<String>> measureList = new ArrayList<>();
        List<List<String>> inspectionList = new ArrayList<>();
        Map<String, String> postNames = new LinkedHashMap<>();
        org.posts(enterpriseId).forEach(p -> postNames.put(p.id(), p.name()));
        Map<String, NoticeCard> cards = new java.util.TreeMap<>();
        List<RiskUnit> all = new ArrayList<>(units.ofEnterprise(enterpriseId));
        all.sort(Comparator.comparing(RiskUnit::id));
        for (RiskUnit unit : all) {
            List<RiskEvent> unitEvents = new ArrayList<>(events.ofUnit(unit.id()));
            unitEvents.sort(Comparator.comparing(RiskEvent::id));
            for (RiskEvent event : unitEvents) {
                Assessment a = event.latest(AssessmentKind.RESIDUAL).or(() -> event.latest(AssessmentKind.INHERENT)).orElse(null);
                List<ControlMeasure> eventMeasures = new ArrayList<>(measures.ofRiskEvent(event.id()));
                eventMeasures.sort(Comparator.comparing(ControlMeasure::id));
                if (eventMeasures.isEmpty()) {
                    register.add(row(unit, event, a, null));
                }
                for (ControlMeasure m : eventMeasures) {
                    register.add(row(unit, event, a, m));
                    measureList.add(List.of(unit.name(), event.name(), m.description(), m.classify1(),
                            nz(m.classify2()), nz(m.classify3()), m.controlMode().name(), m.controlLevel().name()));
                    if (m.responsiblePostId() != null) {
                        cards.computeIfAbsent(m.responsiblePostId(), id -> new NoticeCard()).add(unit, event, a, m);
                    }
                    if (m.troubleshootContent() != null) {
                        inspectionList.add(List.of(unit.name(), event.name(), m.description(), m.troubleshootContent(),
                                m.controlLevel().name()));
                    }
                }
            }
        }
        file.write(out, List.of(
                new RiskRegisterFile.Sheet("风险清单", Arrays.stream(RegisterColumn.values()).map(RegisterColumn::header).toList(), register),
                new RiskRegisterFile.Sheet("管控措施清单", List.of("风险分析单元", "风险事件", "管控措施", "措施分类1", "措施分类2",
                        "措施分类3", "管控方式", "管控层级"), measureList),
                new RiskRegisterFile.Sheet("排查内容清单", List.of("风险分析单元", "风险事件", "管控措施", "排查内容", "管控层级"),
                        inspectionList),
                new RiskRegisterFile.Sheet("岗位风险告知卡", List.of("岗位", "岗位名称", "风险分析单元", "主要风险", "风险等级",
                        "可能后果", "管控措施", "应急措施", "报告方式"), cards.entrySet().stream()
                        .flatMap(e -> e.getValue().rows(e.getKey(), postNames.getOrDefault(e.getKey(), ""), unitsResponsible(all)))
                        .toList())));
    }

    private static Map<String, String> unitsResponsible(List<RiskUnit> all) {
        Map<String, String> byId = new LinkedHashMap<>();
        all.forEach(u -> byId.put(u.id(), u.responsibleDepartment() + " " + u.responsiblePerson()));
        return byId;
    }

    /**
     * 岗位风险告知卡 — per post: the risks of the events it controls, their level and consequences, the
     * measures, the emergency measures (classify1 4 应急措施) and whom to report to (the unit's responsible
     * department and person).
     */
    private static final class NoticeCard {
        private final Map<String, List<String>> byEvent = new LinkedHashMap<>();
        private final Map<String, List<String>> measuresByEvent = new LinkedHashMap<>();
        private final Map<String, List<String>> emergencyByEvent = new LinkedHashMap<>();

        void add(RiskUnit unit, RiskEvent event, Assessment a, ControlMeasure m) {
            byEvent.computeIfAbsent(event.id(), k -> List.of(unit.id(), unit.name(), event.name(),
                    a == null ? "" : a.level().chineseName(), event.consequence() == null ? "" : event.consequence()));
            ("4".equals(m.classify1()) ? emergencyByEvent : measuresByEvent)
                    .computeIfAbsent(event.id(), k -> new ArrayList<>()).add(m.description());
        }

        java.util.stream.Stream<List<String>> rows(String postId, String postName, Map<String, String> reportTo) {
            return byEvent.entrySet().stream().map(e -> List.of(postId, postName, e.getValue().get(1), e.getValue().get(2),
                    e.getValue().get(3), e.getValue().get(4),
                    String.join("；", measuresByEvent.getOrDefault(e.getKey(), List.of())),
                    String.join("；", emergencyByEvent.getOrDefault(e.getKey(), List.of())),
                    "报告 " + reportTo.getOrDefault(e.getValue().get(0), "")));
        }
    }

    private static List<String> row(RiskUnit unit, RiskEvent event, Assessment a, ControlMeasure m) {
        List<String> row = new ArrayList<>();
        row.add(unit.hazardCode());
        row.add(unit.name());
        row.add(unit.responsibleDepartment());
        row.add(unit.responsiblePerson());
        row.add(unit.location() == null ? null : String.valueOf(unit.location().longitude()));
        row.add(unit.location() == null ? null : String.valueOf(unit.location().latitude()));
        row.add(event.name());
        row.add(event.consequence());
        row.add(a == null ? null : a.method().name());
        row.add(a == null ? null : Factors.format(a.factors()));
        row.add(a == null ? null : a.level().name());
        row.add(a == null ? null : a.directRule());
        row.add(m == null ? null : m.description());
        row.add(m == null ? null : m.classify1());
        row.add(m == null ? null : m.classify2());
        row.add(m == null ? null : m.classify3());
        row.add(m == null ? null : m.controlMode().name());
        row.add(m == null ? null : m.troubleshootContent());
        row.add(m == null ? null : m.controlLevel().name());
        return row;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
