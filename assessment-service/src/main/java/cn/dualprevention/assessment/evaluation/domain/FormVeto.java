package cn.dualprevention.assessment.evaluation.domain;

/** 否决项 — a veto item that holds; {@code source} SYSTEM (found in the data) or the assessor's name. */
public record FormVeto(String code, String note, String source) {
}
