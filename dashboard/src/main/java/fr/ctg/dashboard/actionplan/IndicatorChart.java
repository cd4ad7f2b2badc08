package fr.ctg.dashboard.actionplan;

import fr.ctg.actionplan.indicator.IndicatorUnit;
import fr.ctg.actionplan.indicator.query.IndicatorView;
import fr.ctg.actionplan.indicator.query.MeasureView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * An indicator's whole-scope measures against its baseline and target, laid out for a small SVG the template draws
 * on the server: no script is needed to see it, and {@link #description} says in words what it shows.
 */
public record IndicatorChart(IndicatorView indicator, String unit, Point baseline, Point target, List<Point> measures,
                      List<Point> yearTicks, String top, String description) {

    static final int WIDTH = 360;
    static final int HEIGHT = 180;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 28;

    /** A place on the chart; {@code label} is the value (or the year, for a tick) in French. */
    public record Point(int x, int y, int year, String label) {
    }

    static IndicatorChart of(IndicatorView indicator, String unit) {
        List<MeasureView> whole = indicator.measures().stream().filter(m -> m.scope() == null).toList();
        int firstYear = Stream.concat(Stream.of(indicator.baseline().year()), whole.stream().map(MeasureView::year))
                .min(Integer::compare).orElseThrow();
        int lastYear = Stream.concat(Stream.of(indicator.target().year()), whole.stream().map(MeasureView::year))
                .max(Integer::compare).orElseThrow();
        BigDecimal max = Stream.concat(Stream.of(indicator.baseline().value(), indicator.target().value()),
                whole.stream().map(MeasureView::value)).max(BigDecimal::compareTo).orElseThrow();
        double top = max.signum() == 0 ? 1 : max.doubleValue();
        if (indicator.unit() == IndicatorUnit.PERCENT) {
            top = Math.max(top, 100);
        }
        Scale scale = new Scale(firstYear, lastYear, top);
        List<Point> measures = whole.stream()
                .map(m -> scale.point(m.year(), m.value().doubleValue(), decimal(m.value()))).toList();
        List<Point> ticks = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            ticks.add(scale.point(year, 0, Integer.toString(year)));
        }
        return new IndicatorChart(indicator, unit,
                scale.point(indicator.baseline().year(), indicator.baseline().value().doubleValue(),
                        decimal(indicator.baseline().value())),
                scale.point(indicator.target().year(), indicator.target().value().doubleValue(),
                        decimal(indicator.target().value())),
                measures, ticks, decimal(BigDecimal.valueOf(top)), describe(indicator, unit, whole));
    }

    /** The measures as an SVG polyline's points. */
    public String measurePath() {
        return String.join(" ", measures.stream().map(p -> p.x() + "," + p.y()).toList());
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int topY() {
        return TOP;
    }

    /** A value with its unit, e.g. "12 places", "40 %", "3" (a count names no unit). */
    public String withUnit(BigDecimal value) {
        return unit.isEmpty() ? decimal(value) : decimal(value) + " " + unit;
    }

    /** French decimal: 1,5 ; 4. */
    public static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String describe(IndicatorView indicator, String unit, List<MeasureView> whole) {
        String text = String.format(Locale.FRANCE, "%s%s : référence %s en %d, cible %s en %d",
                indicator.label(), unit.isEmpty() ? "" : " (" + unit + ")", decimal(indicator.baseline().value()),
                indicator.baseline().year(),
                decimal(indicator.target().value()), indicator.target().year());
        if (whole.isEmpty()) {
            return text + " ; aucune mesure.";
        }
        return text + " ; mesures : " + String.join(", ",
                whole.stream().map(m -> m.year() + " : " + decimal(m.value())).toList()) + ".";
    }

    private record Scale(int firstYear, int lastYear, double top) {

        Point point(int year, double value, String label) {
            int plotWidth = WIDTH - LEFT - RIGHT;
            int x = lastYear == firstYear ? LEFT + plotWidth / 2
                    : LEFT + (int) Math.round((year - firstYear) * (double) plotWidth / (lastYear - firstYear));
            int plotHeight = HEIGHT - TOP - BOTTOM;
            int y = TOP + (int) Math.round((1 - value / top) * plotHeight);
            return new Point(x, y, year, label);
        }
    }
}
