package cn.dualprevention.risk.riskunit.domain;

/** Whether a unit is in service or stopped for maintenance (停用检修). */
public enum UnitStatus { IN_SERVICE, STOPPED }
