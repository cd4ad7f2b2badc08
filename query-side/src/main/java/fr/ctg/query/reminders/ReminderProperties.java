package fr.ctg.query.reminders;

import fr.ctg.reminder.ReminderThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.MonthDay;

/**
 * When reminders are raised ({@code ctg.reminders.*}; docs/reminders.md lists them with their defaults).
 *
 * @param indicatorsDueOn month and day, {@code MM-dd}: by then each indicator has last year's measure
 */
@ConfigurationProperties("ctg.reminders")
public record ReminderProperties(@DefaultValue("15") int receiptDays,
                                 @DefaultValue("30") int publicationDays,
                                 @DefaultValue("15") int legalityWindowDays,
                                 @DefaultValue("90") int voteDays,
                                 @DefaultValue("03-31") String indicatorsDueOn,
                                 @DefaultValue("12") int copilMonths) {

    public ReminderThresholds thresholds() {
        return new ReminderThresholds(receiptDays, publicationDays, legalityWindowDays, voteDays,
                MonthDay.parse("--" + indicatorsDueOn), copilMonths);
    }
}
