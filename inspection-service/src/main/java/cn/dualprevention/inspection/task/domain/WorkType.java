package cn.dualprevention.inspection.task.domain;

/**
 * 包保责任类型 — routine inspection, or one of the three 包保 roles with the highest item number of the national
 * checklist: main responsible person 1–9, technical 1–9, operational 1–10.
 */
public enum WorkType {
    ROUTINE(0), MAIN(9), TECHNICAL(9), OPERATIONAL(10);

    private final int lastItem;

    WorkType(int lastItem) {
        this.lastItem = lastItem;
    }

    /** The highest checklist item number (taskNum) of this role; 0 for routine tasks, which have none. */
    public int lastItem() {
        return lastItem;
    }

    public boolean isDuty() {
        return this != ROUTINE;
    }
}
