package fr.ctg.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * Text from clients may not carry control characters or unpaired surrogates: PostgreSQL cannot store a NUL in jsonb,
 * and a lone surrogate would be silently replaced on the way to the database. Both are refused as invalid input.
 */
public final class SafeStrings extends SimpleModule {

    public SafeStrings() {
        super("ctg-safe-strings");
        addDeserializer(String.class, new Checked());
    }

    static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static final class Checked extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && !isSafe(value)) {
                throw context.weirdStringException(value, String.class,
                        "contains a control character or an unpaired surrogate");
            }
            return value;
        }
    }
}
