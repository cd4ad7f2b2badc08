package fr.ctg.app.report;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import fr.ctg.app.report.AnnualReport.ReportAction;
import fr.ctg.app.report.AnnualReport.ReportIndicator;
import fr.ctg.app.report.AnnualReport.ThemeSection;
import fr.ctg.dashboard.print.HtmlToPdf;
import fr.ctg.dashboard.web.Labels;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's three forms beside JSON: an HTML page from the Thymeleaf template {@code report/annual-report}, the
 * PDF rendered from that very page (OpenHTMLtoPDF, its built-in fonts: nothing is fetched), and an OpenDocument
 * spreadsheet with a summary sheet and one sheet per theme (SODS).
 */
@Component
class ReportDocuments {

    static final String SUMMARY_SHEET = "Synthèse";
    static final List<String> ACTION_COLUMNS = List.of("Action", "Intitulé", "Statut", "Depuis le", "Motif",
            "Indicateur", "Unité", "Valeur de référence", "Année de référence", "Cible", "Année cible",
            "Valeur de l'année", "Tendance", "Sur la trajectoire");

    private final ITemplateEngine templates;
    private final Labels labels;

    ReportDocuments(ITemplateEngine templates, Labels labels) {
        this.templates = templates;
        this.labels = labels;
    }

    String html(AnnualReport report) {
        Context context = new Context(Locale.FRANCE);
        context.setVariable("report", report);
        context.setVariable("labels", labels);
        context.setVariable("instant", labels.dateTime(report.instant()));
        return templates.process("report/annual-report", context);
    }

    byte[] pdf(AnnualReport report) {
        return HtmlToPdf.render(html(report));
    }

    byte[] ods(AnnualReport report) {
        SpreadSheet spreadsheet = new SpreadSheet();
        spreadsheet.appendSheet(summary(report));
        for (ThemeSection theme : report.themes()) {
            spreadsheet.appendSheet(theme(theme));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            spreadsheet.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Sheet summary(AnnualReport report) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{"Convention", report.name()});
        rows.add(new Object[]{"Identifiant", report.conventionId()});
        rows.add(new Object[]{"Caf", report.caf()});
        rows.add(new Object[]{"Période", report.period().toString()});
        rows.add(new Object[]{"Année du bilan", report.year()});
        rows.add(new Object[]{"État au", labels.dateTime(report.instant())});
        rows.add(new Object[]{"Bilan validé par", report.validatedBy() == null ? "non validé" : report.validatedBy()});
        rows.add(new Object[]{"Étape du parcours", labels.of("convention-stage", report.route().stage())});
        rows.add(new Object[]{"Signée le", labels.date(report.route().signedOn())});
        rows.add(new Object[]{"Communes exécutoires", report.route().executoryCommunes() + " / "
                + report.route().remainingCommunes()});
        rows.add(new Object[]{"Communes bloquant la signature", report.route().blockingCommunes()});
        rows.add(new Object[]{"Actions", report.themes().stream().mapToInt(t -> t.actions().size()).sum()});
        rows.add(new Object[]{"Comités de pilotage de l'année", report.committees().size()});
        rows.add(new Object[]{"Tête de chaîne (empreinte SHA-256)", report.chainHead() == null ? "—" : report.chainHead().hash()});
        rows.add(new Object[]{"Tête de chaîne (événement n°)", report.chainHead() == null ? "—"
                : report.chainHead().sequenceNumber()});
        return sheet(SUMMARY_SHEET, rows, 2);
    }

    private Sheet theme(ThemeSection theme) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(ACTION_COLUMNS.toArray());
        for (ReportAction action : theme.actions()) {
            Object[] head = {action.actionId(), action.title(), labels.of("status", action.status()),
                    labels.date(action.statusOn()), action.reason()};
            if (action.indicators().isEmpty()) {
                rows.add(row(head, null));
            }
            for (ReportIndicator indicator : action.indicators()) {
                rows.add(row(head, indicator));
            }
        }
        return sheet(sheetName(theme.themeCode()), rows, ACTION_COLUMNS.size());
    }

    private static Object[] row(Object[] head, ReportIndicator indicator) {
        Object[] row = new Object[ACTION_COLUMNS.size()];
        System.arraycopy(head, 0, row, 0, head.length);
        if (indicator != null) {
            Object[] tail = {indicator.label(), indicator.unit(), number(indicator.baselineValue()),
                    indicator.baselineYear(), number(indicator.targetValue()), indicator.targetYear(),
                    number(indicator.value()), indicator.trend().label(),
                    indicator.onTrack() == null ? "—" : indicator.onTrack() ? "oui" : "non"};
            System.arraycopy(tail, 0, row, head.length, tail.length);
        }
        return row;
    }

    /** Numbers stay numbers in the spreadsheet, so that a reader can compute with them. */
    private static Object number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static Sheet sheet(String name, List<Object[]> rows, int columns) {
        Sheet sheet = new Sheet(name, rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                Object value = rows.get(r)[c];
                if (value != null) {
                    sheet.getRange(r, c).setValue(value);
                }
            }
        }
        return sheet;
    }

    /** A sheet name may not hold []*?:/\ (OpenDocument and the spreadsheet programs refuse them). */
    static String sheetName(String themeCode) {
        return themeCode == null ? "Sans thème" : themeCode.replaceAll("[\\[\\]*?:/\\\\]", "-");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
