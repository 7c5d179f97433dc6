package cn.dualprevention.assessment.facts.application;

import cn.dualprevention.platform.errors.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The operator's path to a rebuild of EVERY group's read models (全量重建, e.g. after the projection changed): start
 * one instance with {@code dp.assessment.rebuild-every-group-on-start=true}. The rebuild runs in the background while
 * the instance serves; its progress and outcome are logged. Tenants never reach it: a group admin's
 * {@code POST /api/v1/indicators/rebuilds} rebuilds that group only.
 */
@Component
@ConditionalOnProperty(name = "dp.assessment.rebuild-every-group-on-start", havingValue = "true")
class RebuildEveryGroupOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildEveryGroupOnStart.class);

    private final Rebuilds rebuilds;

    RebuildEveryGroupOnStart(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            Rebuilds.Status started = rebuilds.startEveryGroup();
            log.info("rebuilding every group's read models into generation {} (dp.assessment.rebuild-every-group-on-start)",
                    started.generation());
        } catch (RuleViolationException e) {
            log.warn("not rebuilding every group's read models at start: {}", e.getMessage());
        }
    }
}
