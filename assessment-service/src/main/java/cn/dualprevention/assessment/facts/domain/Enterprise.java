package cn.dualprevention.assessment.facts.domain;

import java.time.ZoneId;

/** 企业 (a plant of a group) as risk-service announced it; {@code timeZone} decides its days and weeks. */
public record Enterprise(String enterpriseId, String groupId, String name, ZoneId timeZone) {
}
