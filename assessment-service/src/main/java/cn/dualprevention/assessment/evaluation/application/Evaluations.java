package cn.dualprevention.assessment.evaluation.application;

import cn.dualprevention.assessment.AssessmentProperties;
import cn.dualprevention.assessment.evaluation.domain.Evaluation;
import cn.dualprevention.assessment.evaluation.domain.FormCalculator;
import cn.dualprevention.assessment.evaluation.domain.FormItem;
import cn.dualprevention.assessment.evaluation.domain.FormTotals;
import cn.dualprevention.assessment.evaluation.domain.FormVeto;
import cn.dualprevention.assessment.evaluation.domain.HenanForm;
import cn.dualprevention.assessment.evaluation.infrastructure.EvaluationRepository;
import cn.dualprevention.assessment.evaluation.infrastructure.EvaluationWorkbook;
import cn.dualprevention.assessment.facts.domain.FactQuery;
import cn.dualprevention.assessment.facts.infrastructure.FactStore;
import cn.dualprevention.assessment.indicators.domain.Periods;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.errors.RuleViolationException;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.tenancy.Caller;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 效能评估 (Henan form): opens an evaluation with the computable items filled, takes the assessor's entries, exports it. */
@Service
public class Evaluations {

    private final FactStore facts;
    private final EvaluationRepository evaluations;
    private final EvaluationWorkbook workbook;
    private final AssessmentProperties properties;
    private final Clock clock;

    Evaluations(FactStore facts, EvaluationRepository evaluations, EvaluationWorkbook workbook, AssessmentProperties properties,
                Clock clock) {
        this.facts = facts;
        this.evaluations = evaluations;
        this.workbook = workbook;
        this.properties = properties;
        this.clock = clock;
    }

    /** An evaluation with its totals. */
    public record View(Evaluation evaluation, List<FormItem> form, FormTotals totals) {
    }

    public View open(String enterpriseId, LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidValueException("to", "after-from", "to must be after from");
        }
        var enterprise = facts.enterprise(enterpriseId).orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
        CallerContext.require().requireAccess(enterprise.groupId(), enterpriseId, "enterprise", enterpriseId);
        Periods.Interval period = Periods.interval(from, to, enterprise.timeZone());
        var loaded = facts.load(FactQuery.enterprise(enterpriseId, period.start(), period.end()));
        var now = clock.instant();
        Evaluation evaluation = new Evaluation(Ids.newId(), 1, enterprise.groupId(), enterpriseId, enterprise.name(), from, to,
                now, FormCalculator.compute(loaded, enterpriseId, period.start(), period.end(), now),
                FormCalculator.vetoes(loaded, enterpriseId, period.end(), now));
        evaluations.insert(evaluation);
        return view(evaluation);
    }

    public View get(String id) {
        return view(load(id));
    }

    public View enter(String id, String code, Double score, boolean notApplicable, String note) {
        Evaluation evaluation = load(id);
        FormItem item = HenanForm.item(code);
        if (item == null) {
            throw new NotFoundException("evaluation item", code);
        }
        if (note == null || note.isBlank()) {
            throw new InvalidValueException("note", "required", "an assessor's entry needs a note (评估记录)");
        }
        if (!notApplicable && (score == null || score < 0 || score > item.points())) {
            throw new InvalidValueException("score", "range", "score must be between 0 and " + item.points() + " for " + item.name());
        }
        if (notApplicable && score != null) {
            throw new InvalidValueException("score", "absent-when-not-applicable", "a not-applicable item has no score");
        }
        Evaluation changed = evaluation.enter(code, score, notApplicable, note.strip(), CallerContext.require().userId());
        evaluations.update(changed);
        return view(changed);
    }

    public View veto(String id, String code, String note) {
        Evaluation evaluation = load(id);
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,63}")) {
            throw new InvalidValueException("code", "upper-snake-case", "a veto code looks like MAJOR_ACCIDENT");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidValueException("note", "required", "a veto item needs its cause");
        }
        if (evaluation.vetoes().stream().anyMatch(v -> v.code().equals(code))) {
            throw new RuleViolationException("veto-once", "veto " + code + " is already recorded");
        }
        Evaluation changed = evaluation.veto(new FormVeto(code, note.strip(), CallerContext.require().userId()));
        evaluations.update(changed);
        return view(changed);
    }

    public byte[] export(String id) {
        Evaluation evaluation = load(id);
        return workbook.write(evaluation, evaluation.totals(properties.henan()));
    }

    private Evaluation load(String id) {
        Caller caller = CallerContext.require();
        Evaluation evaluation = evaluations.find(id).orElseThrow(() -> new NotFoundException("evaluation", id));
        caller.requireAccess(evaluation.groupId(), evaluation.enterpriseId(), "evaluation", id);
        return evaluation;
    }

    private View view(Evaluation evaluation) {
        return new View(evaluation, HenanForm.ITEMS, evaluation.totals(properties.henan()));
    }
}
