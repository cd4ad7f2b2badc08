package fr.ctg.query.rebuild;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line rebuild: {@code --ctg.query.rebuild.on-startup=true} rebuilds every read model once the
 * application has started, logging progress; with {@code --ctg.query.rebuild.exit=true} the process then exits
 * (status 0), so that an operator can run it as a one-off job.
 */
@Component
@ConditionalOnProperty(name = "ctg.query.rebuild.on-startup", havingValue = "true")
class RebuildOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStartup.class);

    private final RebuildService rebuild;
    private final ConfigurableApplicationContext context;

    RebuildOnStartup(RebuildService rebuild, ConfigurableApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        RebuildProgress progress = rebuild.start(rebuild.processorNames());
        while (progress.running()) {
            log.info("Rebuild: {}/{} events, {} events/s", progress.eventsDone(), progress.eventsTotal(),
                    progress.eventsPerSecond());
            Thread.sleep(2000);
            progress = rebuild.progress();
        }
        log.info("Rebuild done: {} events", progress.eventsTotal());
        if (context.getEnvironment().getProperty("ctg.query.rebuild.exit", Boolean.class, false)) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
