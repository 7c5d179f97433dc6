package cn.dualprevention.assessment.evaluation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Requests of the evaluation API. */
final class EvaluationRequests {

    private EvaluationRequests() {
    }

    /** Open an evaluation of an enterprise over [from, to), e.g. a calendar year. */
    record Open(@NotBlank String enterpriseId, @NotNull LocalDate from, @NotNull LocalDate to) {
    }

    /** An assessor's entry: a score with a note, or not applicable with a note. */
    record Entry(Double score, Boolean notApplicable, @NotBlank String note) {
    }

    /** A veto item that holds. */
    record Veto(@NotBlank String code, @NotBlank String note) {
    }
}
