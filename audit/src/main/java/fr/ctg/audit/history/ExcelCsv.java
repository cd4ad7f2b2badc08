package fr.ctg.audit.history;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV as French Excel opens it on a double-click: a UTF-8 byte-order mark (without it Excel reads the bytes as
 * Windows-1252 and "Châteauneuf" comes out garbled), {@code ;} between cells (the list separator of a French
 * system, where {@code ,} is the decimal one), French headers, and times as Paris local time, {@code dd/MM/yyyy
 * HH:mm:ss}, which Excel takes for a date. The RFC 4180 export stays as it was for programs.
 */
public final class ExcelCsv {

    /** Written first: U+FEFF, the bytes EF BB BF in UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';
    public static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private ExcelCsv() {
    }

    /** A printer that has written the byte-order mark and the headers. */
    public static CSVPrinter open(Writer out, List<String> frenchHeaders) throws IOException {
        out.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(frenchHeaders);
        return printer;
    }

    /** An instant as the local time of {@code zone}, as Excel reads a date and time. */
    public static String localTime(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(LOCAL);
    }
}
