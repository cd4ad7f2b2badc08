package fr.ctg.query.reminders;

import fr.ctg.reminder.Reminder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Reminders as an iCalendar (RFC 5545) document: one all-day event per reminder on its due day, a Paris day written
 * as a DATE value (no time, no zone: a calendar shows it on that day wherever it is read), with the reminder's
 * stable UID so that a subscribed calendar updates its events in place.
 */
final class ReminderCalendar {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private ReminderCalendar() {
    }

    static String of(List<Reminder> reminders, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.withProdId("-//CAF//CTG lifecycle service//FR")
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new XProperty("X-WR-CALNAME", "Rappels CTG"));
        for (Reminder reminder : reminders) {
            // An all-day event ends (exclusively) the next day.
            VEvent event = new VEvent(reminder.dueOn(), reminder.dueOn().plusDays(1), reminder.label());
            event.replace(new DtStamp(stamp));
            event.add(new Uid(reminder.uid()));
            event.add(new Description("Convention " + reminder.conventionId() + " : " + reminder.label()));
            calendar.withComponent(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
