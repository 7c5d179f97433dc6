package cn.dualprevention.hazard.hazard.domain;

import java.time.Instant;

/** 验收 — acceptance of the remediation (checkAcceptPerson, checkAcceptTime, checkAcceptComment). */
public record Acceptance(String by, String comment, Instant at) {
}
