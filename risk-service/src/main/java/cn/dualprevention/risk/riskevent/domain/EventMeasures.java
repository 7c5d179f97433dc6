package cn.dualprevention.risk.riskevent.domain;

/** How many live control measures a risk event has (kept by the measures; asked before the event is deleted). */
public interface EventMeasures {

    int liveCount(String riskEventId);
}
