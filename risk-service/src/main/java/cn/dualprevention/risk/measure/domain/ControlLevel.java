package cn.dualprevention.risk.measure.domain;

/** 管控层级: 公司 / 车间 / 班组 / 岗位. */
public enum ControlLevel { COMPANY, WORKSHOP, TEAM, POST }
