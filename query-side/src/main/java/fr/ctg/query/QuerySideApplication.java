package fr.ctg.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side alone: projects the event store into views and serves them. It never writes events. */
@SpringBootApplication(scanBasePackages = {"fr.ctg.platform", "fr.ctg.query", "fr.ctg.audit"})
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
