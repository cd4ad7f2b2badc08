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
 * full event type name; {@code page} (from 0) and {@code size}, the paging every paged view of the API uses.
 * <p>
 * Deprecated, kept working for one version: {@code limit} (the old name of {@code size}) and {@code after} (a cursor,
 * a global position to start after, which the answer's {@code nextAfter} gave). The events only ever grow at the
 * end of the order, so a page number stays stable as new events arrive.
 */
public record HistoryFilter(String from, String to, List<String> type, Long after, Integer limit, Integer page,
                            Integer size) {

    static final int MAX_LIMIT = 10_000;
    static final int DEFAULT_SIZE = 100;

    public HistoryFilter(String from, String to, List<String> type, Long after, Integer limit) {
        this(from, to, type, after, limit, null, null);
    }

    /** The page size asked, by its name or its deprecated one; the default when only a page is asked; else none. */
    Integer pageSize() {
        if (size != null) {
            return size;
        }
        if (limit != null) {
            return limit;
        }
        return page != null ? DEFAULT_SIZE : null;
    }
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
        Integer pageSize = pageSize();
        if (pageSize != null) {
            if (pageSize < 1 || pageSize > MAX_LIMIT) {
                throw invalid("Parameter '" + (size != null ? "size" : "limit") + "' is between 1 and " + MAX_LIMIT
                        + ".");
            }
            if (page != null && page < 0) {
                throw invalid("Parameter 'page' is 0 or more.");
            }
            // One more row than asked tells whether there is a next page.
            where.append(" LIMIT ?");
            arguments.add(pageSize + 1);
            if (page != null) {
                where.append(" OFFSET ?");
                arguments.add((long) page * pageSize);
            }
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
