package fr.ctg.reminder;

import java.time.MonthDay;

/**
 * When reminders are raised ({@code ctg.reminders.*}, docs/reminders.md).
 *
 * @param receiptDays        days after an adopted vote by which the prefecture's receipt should be recorded
 * @param publicationDays    days after an adopted vote by which the deliberation should be published
 * @param legalityWindowDays the prefect's control window is flagged when it ends within this many days
 * @param voteDays           days after the presentation by which the council is planned to vote
 * @param indicatorsDueOn    the day of each year by which every indicator should have its previous year's measure
 * @param copilMonths        the longest span without a steering committee
 */
public record ReminderThresholds(int receiptDays, int publicationDays, int legalityWindowDays, int voteDays,
                                 MonthDay indicatorsDueOn, int copilMonths) {

    public static final ReminderThresholds DEFAULTS = new ReminderThresholds(15, 30, 15, 90, MonthDay.of(3, 31), 12);

    public ReminderThresholds {
        if (receiptDays < 0 || publicationDays < 0 || legalityWindowDays < 0 || voteDays < 0 || copilMonths < 1
                || indicatorsDueOn == null) {
            throw new IllegalArgumentException("Reminder thresholds are days or months of 0 or more (copil 1 or more)");
        }
    }
}
