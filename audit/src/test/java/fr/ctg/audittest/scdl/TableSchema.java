package fr.ctg.audittest.scdl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fr.ctg.reference.Siret;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A Frictionless Table Schema read from its JSON file, and the errors a CSV has against it: what Validata (the
 * validator of schema.data.gouv.fr) reports. Written here because no maintained Java validator is on Maven Central
 * (frictionlessdata's tableschema-java is on JitPack only) and none implements the SCDL's {@code custom_checks},
 * which Validata defines in Python. It reads every rule from the schema itself: the header, each field's type,
 * {@code format} and {@code constraints}, and each custom check; a check or constraint it does not know is an error,
 * never silently passed.
 */
final class TableSchema {

    /** Level-1 subjects of the ACTES nomenclature, which {@code nomenclature-actes-value} requires first. */
    private static final Set<String> ACTES_SUBJECTS = Set.of("commande publique", "urbanisme",
            "domaine et patrimoine", "fonction publique", "institutions et vie politique",
            "libertes publiques et pouvoirs de police", "finances locales", "domaines de competences par themes",
            "autres domaines de competences");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern YEAR_INTERVAL = Pattern.compile("([0-9]{4})(?:/([0-9]{4}))?");

    private final JsonNode schema;

    private TableSchema(JsonNode schema) {
        this.schema = schema;
    }

    static TableSchema fromResource(String path) {
        try (InputStream in = TableSchema.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + path);
            }
            return new TableSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        schema.get("fields").forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    /** Every error of {@code csv} (RFC 4180, header first), as "row n, FIELD: problem"; empty when valid. */
    List<String> errors(String csv) {
        List<List<String>> lines = parse(csv);
        List<String> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            return List.of("no header");
        }
        List<String> header = lines.get(0);
        if (!header.equals(fieldNames())) {
            errors.add("header " + header + " is not the schema's " + fieldNames());
            return errors;
        }
        for (int i = 1; i < lines.size(); i++) {
            Row row = new Row(i, header, lines.get(i));
            if (row.cells.size() != header.size()) {
                errors.add(row.at("-") + row.cells.size() + " cells for " + header.size() + " fields");
                continue;
            }
            schema.get("fields").forEach(field -> checkField(field, row, errors));
            schema.path("custom_checks").forEach(check -> checkCustom(check, row, errors));
        }
        return errors;
    }

    static List<List<String>> parse(String csv) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkField(JsonNode field, Row row, List<String> errors) {
        String name = field.get("name").asText();
        String value = row.get(name);
        JsonNode constraints = field.path("constraints");
        constraints.fieldNames().forEachRemaining(constraint -> {
            if (!Set.of("required", "pattern", "enum", "minLength", "maxLength", "minimum", "maximum")
                    .contains(constraint)) {
                errors.add(row.at(name) + "constraint '" + constraint + "' is not known to this validator");
            }
        });
        if (value.isEmpty()) {
            if (constraints.path("required").asBoolean()) {
                errors.add(row.at(name) + "required, empty");
            }
            return; // an empty optional cell is null: no other rule applies
        }
        String type = field.path("type").asText("string");
        switch (type) {
            case "string" -> checkFormat(field.path("format").asText("default"), name, value, row, errors);
            case "integer" -> {
                if (!INTEGER.matcher(value).matches()) {
                    errors.add(row.at(name) + "'" + value + "' is not an integer");
                }
            }
            case "date" -> {
                if (date(value) == null) {
                    errors.add(row.at(name) + "'" + value + "' is not a date YYYY-MM-DD");
                }
            }
            default -> errors.add(row.at(name) + "type '" + type + "' is not known to this validator");
        }
        if (constraints.has("pattern") && !Pattern.compile(constraints.get("pattern").asText()).matcher(value).matches()) {
            errors.add(row.at(name) + "'" + value + "' does not match " + constraints.get("pattern").asText());
        }
        if (constraints.has("enum")) {
            List<String> allowed = new ArrayList<>();
            constraints.get("enum").forEach(v -> allowed.add(v.asText()));
            if (!allowed.contains(value)) {
                errors.add(row.at(name) + "'" + value + "' is not one of " + allowed);
            }
        }
        if (constraints.has("minLength") && value.length() < constraints.get("minLength").asInt()
                || constraints.has("maxLength") && value.length() > constraints.get("maxLength").asInt()) {
            errors.add(row.at(name) + "'" + value + "' has a length out of bounds");
        }
        if (INTEGER.matcher(value).matches()
                && (constraints.has("minimum") && Long.parseLong(value) < constraints.get("minimum").asLong()
                || constraints.has("maximum") && Long.parseLong(value) > constraints.get("maximum").asLong())) {
            errors.add(row.at(name) + value + " is out of bounds");
        }
    }

    private static void checkFormat(String format, String name, String value, Row row, List<String> errors) {
        switch (format) {
            case "default" -> {
            }
            case "uri" -> {
                try {
                    URI uri = new URI(value);
                    if (uri.getScheme() == null) {
                        errors.add(row.at(name) + "'" + value + "' is not an absolute URI");
                    }
                } catch (URISyntaxException e) {
                    errors.add(row.at(name) + "'" + value + "' is not a URI");
                }
            }
            default -> errors.add(row.at(name) + "format '" + format + "' is not known to this validator");
        }
    }

    private static void checkCustom(JsonNode check, Row row, List<String> errors) {
        JsonNode params = check.get("params");
        String column = params.get("column").asText();
        String value = row.get(column);
        switch (check.get("name").asText()) {
            case "french-siret-value" -> {
                if (!value.isEmpty() && !Siret.isValid(value)) {
                    errors.add(row.at(column) + "'" + value + "' is not a valid SIRET (checksum)");
                }
            }
            case "year-interval-value" -> {
                var match = YEAR_INTERVAL.matcher(value);
                boolean yearOnly = "yes".equals(params.path("allow-year-only").asText());
                if (!value.isEmpty() && (!match.matches() || match.group(2) == null && !yearOnly
                        || match.group(2) != null && Integer.parseInt(match.group(2)) <= Integer.parseInt(match.group(1)))) {
                    errors.add(row.at(column) + "'" + value + "' is not a year interval");
                }
            }
            case "cohesive-columns-value" -> {
                List<String> columns = new ArrayList<>(List.of(column));
                params.get("othercolumns").forEach(c -> columns.add(c.asText()));
                long filled = columns.stream().filter(c -> !row.get(c).isEmpty()).count();
                if (filled != 0 && filled != columns.size()) {
                    errors.add(row.at(column) + columns + " must be filled together or left empty together");
                }
            }
            case "compare-columns-value" -> {
                String other = params.get("column2").asText();
                Integer order = compare(value, row.get(other));
                if (order != null && !holds(params.get("op").asText(), order)) {
                    errors.add(row.at(column) + "'" + value + "' " + params.get("op").asText() + " " + other + " '"
                            + row.get(other) + "' does not hold");
                }
            }
            case "sum-columns-value" -> {
                List<String> columns = new ArrayList<>();
                params.get("columns").forEach(c -> columns.add(c.asText()));
                boolean allIntegers = INTEGER.matcher(value).matches()
                        && columns.stream().allMatch(c -> INTEGER.matcher(row.get(c)).matches());
                if (allIntegers && Long.parseLong(value) != columns.stream().mapToLong(c -> Long.parseLong(row.get(c))).sum()) {
                    errors.add(row.at(column) + value + " is not the sum of " + columns);
                }
            }
            case "nomenclature-actes-value" -> {
                int slash = value.indexOf('/');
                String subject = slash < 0 ? "" : unaccented(value.substring(0, slash));
                if (!value.isEmpty() && (slash < 0 || !ACTES_SUBJECTS.contains(subject)
                        || value.contains(",") || value.contains("(") || value.contains(")"))) {
                    errors.add(row.at(column) + "'" + value + "' is not an ACTES subject 'matière/sous-matière'");
                }
            }
            default -> errors.add(row.at(column) + "custom check '" + check.get("name").asText()
                    + "' is not known to this validator");
        }
    }

    /** The order of two integers or two dates; null when either is empty or they are not comparable. */
    private static Integer compare(String left, String right) {
        for (Function<String, Comparable<?>> reading : List.<Function<String, Comparable<?>>>of(
                v -> INTEGER.matcher(v).matches() ? new BigDecimal(v) : null, TableSchema::date)) {
            @SuppressWarnings("unchecked")
            Comparable<Object> a = (Comparable<Object>) reading.apply(left);
            Comparable<?> b = reading.apply(right);
            if (a != null && b != null) {
                return Integer.signum(a.compareTo(b));
            }
        }
        return null;
    }

    private static boolean holds(String op, int order) {
        return switch (op) {
            case ">=" -> order >= 0;
            case ">" -> order > 0;
            case "<=" -> order <= 0;
            case "<" -> order < 0;
            case "==" -> order == 0;
            default -> throw new IllegalArgumentException("Operator " + op + " is not known to this validator");
        };
    }

    private static LocalDate date(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String unaccented(String text) {
        return Normalizer.normalize(text.trim().toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private record Row(int number, List<String> header, List<String> cells) {

        String get(String field) {
            int index = header.indexOf(field);
            return index < 0 || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index);
        }

        String at(String field) {
            return "row " + number + ", " + field + ": ";
        }
    }
}
