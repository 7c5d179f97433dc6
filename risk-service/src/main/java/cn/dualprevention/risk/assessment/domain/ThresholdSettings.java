package cn.dualprevention.risk.assessment.domain;

import java.util.Optional;

/** Where the enterprises' own thresholds are kept (absent: the defaults apply). */
public interface ThresholdSettings {

    Optional<RiskThresholds> find(String enterpriseId, AssessmentMethod method);

    void save(String groupId, String enterpriseId, RiskThresholds thresholds);
}
