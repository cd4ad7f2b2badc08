package fr.ctg.platform.documents;

import java.nio.charset.StandardCharsets;

/**
 * File names from clients, made safe to keep and to send back: the last segment only (no path, no drive), no
 * control characters nor quotes (no header injection), at most 150 characters; and the {@code Content-Disposition}
 * of a download in RFC 6266 form: an ASCII fallback, then {@code filename*=UTF-8''...}, percent-encoded.
 */
public final class FileNames {

    static final int MAX_LENGTH = 150;
    private static final String FALLBACK = "document";
    private static final String ATTR_CHAR_MARKS = "!#$&+-.^_`|~";
    private static final String HEX = "0123456789ABCDEF";

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

    /** {@code attachment; filename="ASCII fallback"; filename*=UTF-8''percent-encoded} (RFC 6266, RFC 8187). */
    public static String contentDisposition(String name) {
        String safe = safe(name);
        StringBuilder ascii = new StringBuilder();
        safe.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '\\' ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(safe);
    }

    /** Every byte of the UTF-8 name that is not an RFC 8187 attr-char, percent-encoded. */
    private static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_MARKS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }
}
