package cn.dualprevention.assessment.scores.domain;

/** 运行等级 of the weekly operating score, best first. */
public enum Grade {
    EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

    private final String chinese;

    Grade(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean worseThan(Grade other) {
        return ordinal() > other.ordinal();
    }
}
