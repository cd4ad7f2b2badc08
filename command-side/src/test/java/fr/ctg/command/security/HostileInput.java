package fr.ctg.command.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generates malformed and hostile variants of valid command bodies, reproducibly from a seed. */
final class HostileInput {

    static final List<Object> HOSTILE_VALUES = List.of(
            "", " ", "x".repeat(100_000), "\\u0000", "nul\\u0000byte", "\\uD800", "\\uDFFFlow", "\\u202Eevil",
            "\\uFEFF", "\\u200B", "🎉🇫🇷", "e\\u0301", "'; DROP TABLE domain_event_entry; --", "\" OR 1=1 --",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "../../etc/passwd", "%00", "{{7*7}}",
            "2023-02-30", "2023-13-01", "99999-01-01", "-0001-01-01", "2023/09/06", "yesterday", "06/09/2023",
            -1, -2147483649L, 2147483648L, Long.MAX_VALUE, "9".repeat(400), 1.5, 1e308, -0.0, true, false,
            List.of(), List.of(1, 2), Map.of(), Map.of("a", Map.of("b", List.of())), "NaN", "Infinity",
            "PUBLIC; DELETE", "public", "DONE ", "042-214201865-20230906-DEL_2023_064-DE\\n");

    private static final List<String> UNKNOWN_FIELDS = List.of("extra", "isAdmin", "__proto__", "constructor",
            "principal", "version", "conventionID", "sessiondate");

    private final Random random;

    HostileInput(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** A body: mostly a mutated valid body, sometimes not JSON of the right shape at all. */
    String body(Map<String, Object> valid) {
        int kind = random.nextInt(20);
        return switch (kind) {
            case 0 -> "";
            case 1 -> "null";
            case 2 -> "[" + Json.write(valid) + "]";
            case 3 -> Json.write(valid).substring(0, Math.max(1, random.nextInt(Json.write(valid).length())));
            case 4 -> "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);
            case 5 -> "\u0000\u0001garbage" + random.nextLong();
            case 6 -> Json.write(valid).replace("\"", "'");
            case 7, 8, 9, 10, 11, 12 -> Json.write(oneHostileValue(valid));
            default -> Json.write(mutate(valid, 1 + random.nextInt(3)));
        };
    }

    /** Everything valid but one top-level value: the request most likely to reach the database. */
    Map<String, Object> oneHostileValue(Map<String, Object> valid) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        List<String> keys = new ArrayList<>(body.keySet());
        body.put(keys.get(random.nextInt(keys.size())), hostile());
        return body;
    }

    Map<String, Object> mutate(Map<String, Object> valid, int times) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        for (int i = 0; i < times; i++) {
            List<String> keys = new ArrayList<>(body.keySet());
            int what = random.nextInt(4);
            if (what == 0 && !keys.isEmpty()) {
                body.remove(keys.get(random.nextInt(keys.size())));
            } else if (what == 1) {
                body.put(UNKNOWN_FIELDS.get(random.nextInt(UNKNOWN_FIELDS.size())), hostile());
            } else if (!keys.isEmpty()) {
                String key = keys.get(random.nextInt(keys.size()));
                Object current = body.get(key);
                body.put(key, current instanceof Map<?, ?> nested && random.nextBoolean()
                        ? mutate(castMap(nested), 1) : hostile());
            }
        }
        return body;
    }

    Object hostile() {
        return HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()));
    }

    String pathSegment(String valid) {
        return switch (random.nextInt(12)) {
            case 0 -> "42186%27%20OR%20%271%27%3D%271";
            case 1 -> "..%2F..%2Fadmin";
            case 2 -> "%F0%9F%8E%89";
            case 3 -> "9".repeat(300);
            case 4 -> "42186%00";
            case 5 -> "99999";
            default -> valid;
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** Writes JSON by hand so that hostile escapes such as a lone surrogate reach the server as sent. */
    static final class Json {
        private Json() {
        }

        static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof String text) {
                return "\"" + text.replace("\"", "\\\"") + "\"";
            }
            if (value instanceof Map<?, ?> map) {
                StringBuilder out = new StringBuilder("{");
                map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(write(k)).append(':').append(write(v)));
                return out.append('}').toString();
            }
            if (value instanceof List<?> list) {
                StringBuilder out = new StringBuilder("[");
                list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(write(v)));
                return out.append(']').toString();
            }
            return String.valueOf(value);
        }
    }
}
