package cn.dualprevention.assessment.evaluation.domain;

/**
 * Grade bands of the Henan efficiency form (dp.assessment.henan.*): A from {@code aFrom}, B from {@code bFrom},
 * C from {@code cFrom}, D below or when a veto item holds. Zero takes the default (90 / 75 / 60).
 */
public record FormRules(double aFrom, double bFrom, double cFrom) {

    public FormRules {
        aFrom = aFrom == 0 ? 90 : aFrom;
        bFrom = bFrom == 0 ? 75 : bFrom;
        cFrom = cFrom == 0 ? 60 : cFrom;
        if (!(aFrom > bFrom && bFrom > cFrom)) {
            throw new IllegalArgumentException("grade bands must fall: A > B > C");
        }
    }

    public static FormRules defaults() {
        return new FormRules(0, 0, 0);
    }

    public String grade(double total, boolean vetoed) {
        if (vetoed) {
            return "D";
        }
        if (total >= aFrom) {
            return "A";
        }
        if (total >= bFrom) {
            return "B";
        }
        return total >= cFrom ? "C" : "D";
    }
}
