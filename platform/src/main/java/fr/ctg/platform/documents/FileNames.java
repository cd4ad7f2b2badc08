package fr.ctg.platform.documents;

import org.springframework.http.ContentDisposition;

import java.nio.charset.StandardCharsets;

/**
 * File names from clients, made safe to keep and to send back: the last segment only (no path, no drive), no
 * control characters (no header injection), at most 150 characters; and the {@code Content-Disposition} of a download
 * in RFC 6266 form, {@code attachment; filename*=UTF-8''...}, percent-encoded.
 */
public final class FileNames {

    static final int MAX_LENGTH = 150;
    private static final String FALLBACK = "document";

    private FileNames() {
    }

    public static String safe(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder();
        last.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"' && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.SURROGATE)
                .limit(MAX_LENGTH)
                .forEach(out::appendCodePoint);
        String safe = out.toString().strip();
        return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? FALLBACK : safe;
    }

    public static String contentDisposition(String name) {
        return ContentDisposition.attachment().filename(safe(name), StandardCharsets.UTF_8).build().toString();
    }
}
