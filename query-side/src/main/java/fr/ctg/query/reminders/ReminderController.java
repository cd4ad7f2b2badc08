package fr.ctg.query.reminders;

import fr.ctg.query.web.QueryParameters;
import fr.ctg.query.web.QueryProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The signed-in user's reminders on a Paris day (today by default), one convention's or all they may see. */
@RestController
public class ReminderController {

    private final ConventionReminders reminders;
    private final VisibleConventions visible;
    private final Clock clock;

    ReminderController(ConventionReminders reminders, VisibleConventions visible, Clock clock) {
        this.reminders = reminders;
        this.visible = visible;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reminders")
    public ReminderList reminders(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate asOf,
                                  @RequestParam(required = false) String conventionId, Authentication who) {
        LocalDate day = asOf == null ? QueryParameters.today(clock) : asOf;
        List<String> conventions = visible.of(who);
        if (conventionId != null) {
            // A convention the user may not see answers as an unknown one: its existence is not theirs to learn.
            if (!conventions.contains(conventionId)) {
                throw QueryProblemException.notFound("convention-not-found", "No convention " + conventionId
                        + " among yours.");
            }
            conventions = List.of(conventionId);
        }
        return ReminderList.of(day, reminders.on(conventions, day));
    }
}
