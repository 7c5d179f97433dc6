package cn.dualprevention.risk.assessment.application;

import cn.dualprevention.risk.assessment.domain.AssessmentMethod;
import cn.dualprevention.risk.assessment.domain.RiskThresholds;
import cn.dualprevention.risk.assessment.domain.ThresholdSettings;
import cn.dualprevention.risk.enterprise.application.EnterpriseRegistry;
import cn.dualprevention.risk.enterprise.domain.Enterprise;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;

/** 风险分级标准 — the thresholds an enterprise grades with: its own where configured, the national defaults otherwise. */
@Service
public class RiskGrading {

    private final ThresholdSettings settings;
    private final EnterpriseRegistry enterprises;

    public RiskGrading(ThresholdSettings settings, EnterpriseRegistry enterprises) {
        this.settings = settings;
        this.enterprises = enterprises;
    }

    /** The thresholds in force for one method (no caller check: for use after the caller was checked). */
    public RiskThresholds inForce(String enterpriseId, AssessmentMethod method) {
        if (method == AssessmentMethod.DIRECT) {
            return RiskThresholds.defaults(method);
        }
        return settings.find(enterpriseId, method).orElseGet(() -> RiskThresholds.defaults(method));
    }

    public List<RiskThresholds> ofEnterprise(String enterpriseId) {
        Enterprise enterprise = enterprises.get(enterpriseId);
        return Arrays.stream(AssessmentMethod.values()).filter(m -> m != AssessmentMethod.DIRECT)
                .map(m -> inForce(enterprise.id(), m)).toList();
    }

    public RiskThresholds configure(ConfigureThresholds command) {
        Enterprise enterprise = enterprises.get(command.enterpriseId());
        RiskThresholds thresholds = RiskThresholds.configure(command.method(), command.major(), command.considerable(),
                command.general());
        settings.save(enterprise.groupId(), enterprise.id(), thresholds);
        return thresholds;
    }
}
