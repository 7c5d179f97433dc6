package cn.dualprevention.risk.riskunit.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of stop / resume: why (停用检修原因). */
public record StopRequest(@Schema(example = "年度大修 annual overhaul") String reason) {
}
