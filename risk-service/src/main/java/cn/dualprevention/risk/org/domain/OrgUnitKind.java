package cn.dualprevention.risk.org.domain;

/** 厂区 plant, 区域 area, 部门 department (车间 and 班组 are departments under departments). */
public enum OrgUnitKind { PLANT, AREA, DEPARTMENT }
