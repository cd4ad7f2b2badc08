package fr.ctg.query.support;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reading nullable columns without the JDBC zero-for-null traps. */
public final class Columns {

    private Columns() {
    }

    /**
     * A {@code date} column as the day it holds. Read as a {@code LocalDate} straight from the driver: through
     * {@code getDate} each value built calendars in the JVM's time zone, a third of a to-do page over every
     * convention.
     */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    public static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
