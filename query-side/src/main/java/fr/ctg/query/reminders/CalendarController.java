package fr.ctg.query.reminders;

import fr.ctg.calendar.ParisCalendar;
import fr.ctg.platform.security.Accounts;
import fr.ctg.query.web.QueryProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The reminders as a calendar a user subscribes to: the user creates (or replaces) and revokes their feed's secret
 * token signed in; the feed itself is read without sign-in, since calendar clients cannot sign in, by whoever holds
 * the token. An unknown or revoked token is a 404: a feed that does not exist, whatever the token was.
 */
@RestController
public class CalendarController {

    static final String FEED = "/api/v1/reminders/calendar/{token}.ics";

    private final CalendarTokens tokens;
    private final ConventionReminders reminders;
    private final VisibleConventions visible;
    private final Accounts accounts;
    private final Clock clock;

    CalendarController(CalendarTokens tokens, ConventionReminders reminders, VisibleConventions visible,
                       Accounts accounts, Clock clock) {
        this.tokens = tokens;
        this.reminders = reminders;
        this.visible = visible;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The token is in the answer only: it is never shown again. */
    @PostMapping("/api/v1/reminders/calendar-token")
    public ResponseEntity<Map<String, String>> issue(Authentication who) {
        String token = tokens.issue(who.getName(), VisibleConventions.seesAll(who));
        String path = FEED.replace("{token}", token);
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Map.of("token", token, "feedPath", path,
                        "feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString()));
    }

    @DeleteMapping("/api/v1/reminders/calendar-token")
    public ResponseEntity<Void> revoke(Authentication who) {
        if (!tokens.revoke(who.getName())) {
            throw QueryProblemException.notFound("calendar-token-not-found", "You have no calendar token to revoke.");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping(FEED)
    public ResponseEntity<String> feed(@PathVariable String token) {
        CalendarTokens.Holder holder = tokens.holder(token)
                .filter(h -> !accounts.isDisabled(h.username()))
                .orElseThrow(() -> QueryProblemException.notFound("calendar-token-unknown",
                        "No calendar answers this address: its token is unknown or was revoked."));
        LocalDate today = ParisCalendar.today(clock);
        String body = ReminderCalendar.of(reminders.on(visible.of(holder.username(), holder.allConventions()), today),
                clock.instant());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, ReminderCalendar.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }
}
