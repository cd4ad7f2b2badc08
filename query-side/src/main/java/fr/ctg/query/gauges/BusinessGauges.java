package fr.ctg.query.gauges;

import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.audit.asof.AsOfViews;
import fr.ctg.calendar.ParisCalendar;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionStage;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.query.reminders.ConventionReminders;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the service has achieved, for dashboards of operations: communes with an executory deliberation
 * ({@code ctg.business.communes.executory}), conventions signed ({@code ctg.business.conventions.signed}), actions
 * overdue today ({@code ctg.business.actions.overdue}) and reminders open today ({@code ctg.business.reminders.open}),
 * over every convention. Read from the live views at a scrape, once for the four and at most once a minute;
 * NaN while the views cannot answer (a rebuild).
 */
@Component
class BusinessGauges implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(BusinessGauges.class);
    // A reading asks every convention's overview, action progress and reminders: on a national store that is
    // thousands of queries, so at most once a minute, however often Prometheus scrapes (business figures move slowly).
    private static final Duration FRESH = Duration.ofMinutes(1);
    private static final PageRequest WHOLE = new PageRequest(0, PageRequest.MAX_SIZE);

    record Figures(double executoryCommunes, double signedConventions, double overdueActions, double openReminders) {
        static final Figures UNKNOWN = new Figures(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private final ConventionReminders reminders;
    private final Clock clock;
    private Figures figures = Figures.UNKNOWN;
    private long readAt;

    BusinessGauges(ConventionReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "ctg.business.communes.executory", "Communes whose adopted deliberation is executory",
                Figures::executoryCommunes);
        gauge(registry, "ctg.business.conventions.signed", "Conventions signed by every party",
                Figures::signedConventions);
        gauge(registry, "ctg.business.actions.overdue", "Actions overdue today (Europe/Paris)",
                Figures::overdueActions);
        gauge(registry, "ctg.business.reminders.open", "Reminders open today (Europe/Paris)",
                Figures::openReminders);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Figures> figure) {
        Gauge.builder(name, this, gauges -> figure.applyAsDouble(gauges.current())).description(description)
                .register(registry);
    }

    /** The four figures of one reading; a scrape reads the four gauges one after the other. */
    synchronized Figures current() {
        // The age of a reading is machine time, not the domain's clock (which a test may hold still).
        long now = System.nanoTime();
        if (readAt != 0 && now - readAt < FRESH.toNanos()) {
            return figures;
        }
        try {
            figures = read(ParisCalendar.today(clock));
        } catch (RuntimeException e) {
            log.debug("Cannot read the business gauges: {}", e.toString());
            figures = Figures.UNKNOWN;
        }
        readAt = now;
        return figures;
    }

    private Figures read(LocalDate today) {
        List<String> conventions = reminders.allConventions();
        AsOfViews.ReplayedViews views = reminders.live();
        int executory = 0;
        int signed = 0;
        int overdue = 0;
        for (String conventionId : conventions) {
            ConventionOverviewView overview = views.ask(new FindConventionOverview(conventionId),
                    ConventionOverviewView.class);
            if (overview == null) {
                continue;
            }
            executory += overview.route().executoryCommunes();
            signed += overview.stage() == ConventionStage.SIGNED ? 1 : 0;
            ActionProgressView actions = views.ask(new FindActionProgress(conventionId, null, null, null, null, null, false,
                    today, WHOLE), ActionProgressView.class);
            overdue += actions == null ? 0 : actions.totals().overdue();
        }
        return new Figures(executory, signed, overdue, reminders.on(conventions, today).size());
    }
}
