package cn.dualprevention.hazard.hazard.domain;

/** The steps of the remediation loop, each announced by its event on {@code dp.hazard.events}. */
public enum HazardStep {
    REGISTERED("hazard.registered.v1"),
    CONFIRMED("hazard.confirmed.v1"),
    REJECTED("hazard.rejected.v1"),
    PLAN_SET("hazard.plan-set.v1"),
    /** 即查即改: rectified and submitted for acceptance at once; announced as a submission. */
    FIXED_ON_THE_SPOT("hazard.submitted.v1"),
    EXTENSION_REQUESTED("hazard.extension-requested.v1"),
    EXTENSION_DECIDED("hazard.extension-decided.v1"),
    SUBMITTED("hazard.submitted.v1"),
    ACCEPTED("hazard.accepted.v1"),
    SENT_BACK("hazard.sent-back.v1"),
    REOPENED("hazard.reopened.v1"),
    OVERDUE_STEP("hazard.overdue-step.v1");

    private final String eventType;

    HazardStep(String eventType) {
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
