package cn.dualprevention.assessment.points.application;

import cn.dualprevention.assessment.AssessmentProperties;
import cn.dualprevention.assessment.facts.domain.FactQuery;
import cn.dualprevention.assessment.facts.infrastructure.FactStore;
import cn.dualprevention.assessment.indicators.domain.Periods;
import cn.dualprevention.assessment.points.domain.PersonPoints;
import cn.dualprevention.platform.errors.InvalidValueException;
import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.tenancy.CallerContext;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;

/** The reward / penalty sheet of an enterprise for a period. */
@Service
public class PointQueries {

    private final FactStore facts;
    private final AssessmentProperties properties;
    private final Clock clock;

    PointQueries(FactStore facts, AssessmentProperties properties, Clock clock) {
        this.facts = facts;
        this.properties = properties;
        this.clock = clock;
    }

    public PersonPoints.Sheet sheet(String enterpriseId, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("to", "after-from", "to must be after from");
        }
        var enterprise = facts.enterprise(enterpriseId).orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
        CallerContext.require().requireAccess(enterprise.groupId(), enterpriseId, "enterprise", enterpriseId);
        Periods.Interval period = Periods.interval(from, to, enterprise.timeZone());
        var loaded = facts.load(FactQuery.enterprise(enterpriseId, period.start(), period.end()));
        return PersonPoints.compute(loaded, enterpriseId, period.start(), period.end(), clock.instant(), properties.points());
    }
}
