package cn.dualprevention.risk.assessment.application;

import cn.dualprevention.risk.assessment.domain.AssessmentMethod;

/** Command: set an enterprise's lower bounds of 重大, 较大 and 一般 for one method (e.g. {@code >320}, {@code >=20}). */
public record ConfigureThresholds(String enterpriseId, AssessmentMethod method, String major, String considerable,
                                  String general) {
}
