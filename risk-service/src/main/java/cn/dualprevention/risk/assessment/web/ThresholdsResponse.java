package cn.dualprevention.risk.assessment.web;

import java.util.List;

/** The thresholds of one method with its factor tables. */
public record ThresholdsResponse(String method, String major, String considerable, String general,
                                 List<FactorResponse> factors) {

    /** One factor and the values its table allows. */
    public record FactorResponse(String name, String meaning, List<String> values) {
    }
}
