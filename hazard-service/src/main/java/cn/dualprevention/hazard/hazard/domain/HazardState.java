package cn.dualprevention.hazard.hazard.domain;

import java.util.Optional;

/**
 * 隐患状态 — the internal states of a hazard and their national {@code dangerState}. Only 0, 1 and 9 travel to
 * the regulator; the two states before governance starts have no national code:
 * <pre>
 * internal               national
 * AWAITING_CONFIRMATION  —   待确认: registered, not yet confirmed by the responsible department (held back;
 *                            a MAJOR hazard's registration event still goes out at once)
 * REJECTED               —   不是隐患: rejected with a reason (held back; final)
 * CONFIRMED              0   已确认, 待制定整改方案: confirmed, remediation plan not yet set (in governance)
 * REMEDIATING            0   整改中
 * AWAITING_ACCEPTANCE    1   待验收
 * ACCEPTED               9   已验收 (closed; may be reopened with a reason → REMEDIATING)
 * </pre>
 */
public enum HazardState {
    AWAITING_CONFIRMATION(null, "待确认"),
    REJECTED(null, "不是隐患"),
    CONFIRMED("0", "待整改"),
    REMEDIATING("0", "整改中"),
    AWAITING_ACCEPTANCE("1", "待验收"),
    ACCEPTED("9", "已验收");

    private final String nationalCode;
    private final String chineseName;

    HazardState(String nationalCode, String chineseName) {
        this.nationalCode = nationalCode;
        this.chineseName = chineseName;
    }

    /** The national {@code dangerState} (0, 1, 9), or empty for a state that is not reported. */
    public Optional<String> nationalCode() {
        return Optional.ofNullable(nationalCode);
    }

    public String chineseName() {
        return chineseName;
    }
}
