package fr.ctg.query.support;

import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * One SQL statement written whole, with named parameters ({@code :name}), so that a reader sees what it does and
 * which value goes where. It is parsed once, into the positional form JDBC sends: every write of the statement sends
 * the same text, which lets {@link BatchedWrites} send a run of them as one JDBC batch.
 */
public final class SqlStatement {

    private final ParsedSql parsed;
    private final String jdbcSql;

    private SqlStatement(String sql) {
        this.parsed = NamedParameterUtils.parseSqlStatement(sql);
        this.jdbcSql = NamedParameterUtils.substituteNamedParameters(parsed, null);
    }

    public static SqlStatement of(String sql) {
        return new SqlStatement(sql);
    }

    /** The statement with a {@code ?} for each parameter. */
    String jdbcSql() {
        return jdbcSql;
    }

    /** The values for the statement's placeholders, in order; a parameter without a value is refused. */
    Object[] arguments(SqlParameterSource values) {
        return NamedParameterUtils.buildValueArray(parsed, values, null);
    }

    boolean contains(String fragment) {
        return parsed.toString().contains(fragment);
    }

    @Override
    public String toString() {
        return parsed.toString();
    }
}
