package cn.dualprevention.risk.riskunit.application;

import cn.dualprevention.platform.errors.ConcurrentChangeException;
import cn.dualprevention.risk.riskunit.domain.DynamicRiskRules;
import cn.dualprevention.risk.riskunit.domain.GeoPoint;
import cn.dualprevention.risk.riskunit.domain.RiskLevel;
import cn.dualprevention.risk.riskunit.domain.RiskUnit;
import cn.dualprevention.risk.riskunit.domain.RiskUnits;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A re-assessment that meets a unit just changed by another service's report (its open-hazard count, say) is
 * written again on the fresh unit instead of failing the person's request with a 409; a persistent conflict still fails.
 */
class RiskUnitCatalogRetryTest {

    private final RiskUnits units = mock(RiskUnits.class);
    private final RiskUnitCatalog catalog = new RiskUnitCatalog(units, null, null, null, null, DynamicRiskRules.DEFAULTS,
            Clock.systemUTC());
    private final RiskUnit unit = RiskUnit.create("u1", "g1", "e1", "410100001", "410100001001", "LNG储罐区", "储运部",
            "张伟", RiskLevel.GENERAL, new GeoPoint(113.75, 34.72));

    @Test
    void aRegradeMeetingAnotherServicesReportIsWrittenAgain() {
        when(units.find("u1")).thenReturn(Optional.of(unit));
        doThrow(new ConcurrentChangeException("risk unit", "u1")).doNothing().when(units).change(any(), anyList());

        catalog.regrade("u1", RiskLevel.MAJOR, "LEC 320");

        verify(units, times(2)).find("u1");
        verify(units, times(2)).change(any(), anyList());
    }

    @Test
    void aConflictThatDoesNotGoAwayStillFails() {
        when(units.find("u1")).thenReturn(Optional.of(unit));
        doThrow(new ConcurrentChangeException("risk unit", "u1")).when(units).change(any(), anyList());

        assertThatThrownBy(() -> catalog.regrade("u1", RiskLevel.MAJOR, "LEC 320"))
                .isInstanceOf(ConcurrentChangeException.class);
        verify(units, times(5)).change(any(), anyList());
    }
}
