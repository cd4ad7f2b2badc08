package fr.ctg.audit.history;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 lines: a cell with a comma, quote or line break is quoted, its quotes doubled; lines end in CRLF. */
public final class Csv {

    private Csv() {
    }

    public static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.write('"');
                out.write(cell.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(cell);
            }
        }
        out.write("\r\n");
    }
}
