package cn.dualprevention.exchange.record.domain;

/**
 * How a receiver wants the codes that receivers disagree on (part of a receiver profile).
 *
 * @param riskClass              the receiver's risk level codes in {@code riskClass}
 * @param acceptsWeekAndQuarter  true when the receiver takes {@code 周} and {@code 季度} as check cycle units;
 *                               otherwise a week travels as 7 天 and a quarter as 3 月
 */
public record MappingProfile(RiskClassEncoding riskClass, boolean acceptsWeekAndQuarter) {

    /** The specification as written: risk class 1 重大 … 4 低, cycle units 小时/天/月/年 only. */
    public static final MappingProfile DEFAULT = new MappingProfile(RiskClassEncoding.DEFAULT, false);
}
