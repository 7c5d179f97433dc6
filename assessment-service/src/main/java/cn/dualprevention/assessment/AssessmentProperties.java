package cn.dualprevention.assessment;

import cn.dualprevention.assessment.evaluation.domain.FormRules;
import cn.dualprevention.assessment.points.domain.PointRules;
import cn.dualprevention.assessment.scores.domain.ScoreRules;
import cn.dualprevention.assessment.warnings.domain.WarningRules;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of assessment-service ({@code dp.assessment.*}); every part has the defaults of effectiveness.md.
 *
 * @param jobsEnabled whether the weekly scoring and the warning scan run on their schedule (tests call them directly)
 */
@ConfigurationProperties("dp.assessment")
public record AssessmentProperties(ScoreRules scoring, WarningRules warnings, FormRules henan, PointRules points,
                                   Boolean jobsEnabled) {

    public AssessmentProperties {
        scoring = scoring == null ? ScoreRules.defaults() : scoring;
        warnings = warnings == null ? WarningRules.defaults() : warnings;
        henan = henan == null ? FormRules.defaults() : henan;
        points = points == null ? PointRules.defaults() : points;
        jobsEnabled = jobsEnabled == null || jobsEnabled;
    }
}
