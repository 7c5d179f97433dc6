package cn.dualprevention.platform.testapp;

public enum ParcelKind { SMALL, LARGE }
