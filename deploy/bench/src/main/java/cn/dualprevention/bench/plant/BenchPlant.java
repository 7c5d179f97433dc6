package cn.dualprevention.bench.plant;

import java.util.List;
import java.util.Map;

/**
 * What the setup built and the load needs: the bench enterprise, its safety manager's token, each bench
 * inspector's token, and the open cycles (one per inspection task), each with the inspector it is assigned to.
 */
public record BenchPlant(String group, String enterpriseId, String companyCode, String managerToken,
                         Map<String, String> inspectorTokens, List<OpenCycle> cycles) {

    /** A cycle open now, assigned to {@code inspector}, at unit {@code unitId} (its QR token names the unit). */
    public record OpenCycle(String cycleId, String unitId, String inspector) {
    }
}
