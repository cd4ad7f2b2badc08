package fr.ctg.actionplan;

public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    POSTPONED,
    ABANDONED;

    public boolean needsReason() {
        return this == POSTPONED || this == ABANDONED;
    }

    public boolean isFinal() {
        return this == DONE;
    }
}
