package cn.dualprevention.assessment.evaluation.domain;

import java.util.List;

/** The 100 points of the Henan form (seed 003, annex 1) in its order: six areas, twenty items. */
public final class HenanForm {

    public static final String TITLE = "企业安全生产风险管控与隐患排查治理双重预防机制效能评估信息表";

    public static final List<FormItem> ITEMS = List.of(
            new FormItem("ORGANISATION", "基本要求", 8, "组织机构", 2, null),
            new FormItem("TRAINING", "基本要求", 8, "全员培训", 4, null),
            new FormItem("DOCUMENTS", "基本要求", 8, "体系文件", 2, null),
            new FormItem("RISK_POINTS", "风险分级管控", 30, "风险点确定", 4, FormItem.Computation.RISK_POINTS),
            new FormItem("HAZARD_IDENTIFICATION", "风险分级管控", 30, "危险源辨识分析研判", 5, FormItem.Computation.HAZARD_IDENTIFICATION),
            new FormItem("RISK_GRADING", "风险分级管控", 30, "风险评价分级", 5, FormItem.Computation.RISK_GRADING),
            new FormItem("RISK_CONTROL", "风险分级管控", 30, "风险管控", 10, FormItem.Computation.RISK_CONTROL),
            new FormItem("RISK_NOTIFICATION", "风险分级管控", 30, "风险告知", 6, null),
            new FormItem("CHECKLIST", "隐患排查治理", 30, "编制隐患排查清单", 4, null),
            new FormItem("PLAN", "隐患排查治理", 30, "制定隐患排查计划", 2, null),
            new FormItem("INSPECTION", "隐患排查治理", 30, "隐患排查实施", 8, FormItem.Computation.INSPECTION_DONE),
            new FormItem("GENERAL_REMEDIATION", "隐患排查治理", 30, "一般事故隐患治理", 8, FormItem.Computation.GENERAL_REMEDIATION),
            new FormItem("MAJOR_REMEDIATION", "隐患排查治理", 30, "重大事故隐患治理", 8, FormItem.Computation.MAJOR_REMEDIATION),
            new FormItem("SYSTEM_USE", "信息化管理", 15, "信息系统应用", 10, FormItem.Computation.SYSTEM_USE),
            new FormItem("REPORTING", "信息化管理", 15, "信息上报", 5, null),
            new FormItem("EVALUATION", "持续改进", 12, "评估", 4, null),
            new FormItem("UPDATING", "持续改进", 12, "更新", 3, null),
            new FormItem("COMMUNICATION", "持续改进", 12, "沟通", 2, null),
            new FormItem("SAFETY_CULTURE", "持续改进", 12, "安全文化", 3, null),
            new FormItem("REWARDS", "奖惩考核", 5, "奖惩考核", 5, null));

    private HenanForm() {
    }

    public static FormItem item(String code) {
        return ITEMS.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }
}
