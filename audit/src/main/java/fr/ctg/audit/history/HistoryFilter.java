package fr.ctg.audit.history;

import fr.ctg.audit.web.AuditRequestException;
import fr.ctg.calendar.ParisCalendar;
import org.axonframework.common.DateTimeUtils;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The query parameters of a history: {@code from} (inclusive) and {@code to} (exclusive) on the event timestamp, as
 * an instant ({@code 2023-09-06T10:00:00Z}) or a day ({@code 2023-09-06}), which is the Paris day (from its midnight in
 * Europe/Paris, where the domain's days are counted); {@code type}, repeatable, a simple or
 * full event type name; {@code after}, the cursor (a global position); {@code limit}, the page size.
 */
public record HistoryFilter(String from, String to, List<String> type, Long after, Integer limit) {

    static final int MAX_LIMIT = 10_000;
    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9_.$]{1,255}");

    /** The SQL condition and arguments, appended to the subject's; the stored timestamp sorts as text. */
    void appendTo(StringBuilder where, List<Object> arguments) {
        if (from != null) {
            where.append(" AND time_stamp >= ?");
            arguments.add(stored(from, "from"));
        }
        if (to != null) {
            where.append(" AND time_stamp < ?");
            arguments.add(stored(to, "to"));
        }
        if (type != null && !type.isEmpty()) {
            List<String> conditions = new ArrayList<>();
            for (String t : type) {
                if (!TYPE.matcher(t).matches()) {
                    throw invalid("Parameter 'type' is an event type name such as CouncilVoteRecorded.");
                }
                // A simple name matches the last segment of the stored type; a dotted name matches it whole.
                conditions.add(t.contains(".") ? "payload_type = ?" : "payload_type LIKE ?");
                arguments.add(t.contains(".") ? t : "%." + t.replace("_", "\\_"));
            }
            where.append(" AND (").append(String.join(" OR ", conditions)).append(")");
        }
        if (after != null) {
            if (after < 0) {
                throw invalid("Parameter 'after' is a global position, 0 or more.");
            }
            where.append(" AND global_index > ?");
            arguments.add(after);
        }
        where.append(" ORDER BY global_index");
        if (limit != null) {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw invalid("Parameter 'limit' is between 1 and " + MAX_LIMIT + ".");
            }
            // One more row than asked tells whether there is a next page.
            where.append(" LIMIT ?");
            arguments.add(limit + 1);
        }
    }

    private static String stored(String value, String name) {
        Instant instant;
        try {
            instant = value.length() == 10 ? ParisCalendar.startOf(LocalDate.parse(value))
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("Parameter '" + name + "' is a date (2023-09-06) or a date-time with offset "
                    + "(2023-09-06T10:00:00Z).");
        }
        return DateTimeUtils.formatInstant(instant);
    }

    static AuditRequestException invalid(String message) {
        return new AuditRequestException(HttpStatus.BAD_REQUEST, "history-filter-invalid", message);
    }
}
