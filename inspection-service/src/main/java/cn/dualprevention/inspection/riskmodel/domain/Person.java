package cn.dualprevention.inspection.riskmodel.domain;

import java.util.List;

/** 人员 — a person of an enterprise and the posts (岗位) they hold, as risk-service announces them. */
public record Person(String personId, String enterpriseId, String name, String mobile, List<String> postIds) {
}
