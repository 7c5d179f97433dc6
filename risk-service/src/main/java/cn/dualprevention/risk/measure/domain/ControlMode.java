package cn.dualprevention.risk.measure.domain;

/** 管控方式: 自动化监控 (dataSrc 1) or 隐患排查 (dataSrc 2). */
public enum ControlMode { AUTOMATED_MONITORING, INSPECTION }
