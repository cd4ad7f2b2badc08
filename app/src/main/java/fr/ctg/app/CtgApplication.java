package fr.ctg.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side and the query side in one process: the service on its embedded default. */
@SpringBootApplication(scanBasePackages = {"fr.ctg.platform", "fr.ctg.command", "fr.ctg.query", "fr.ctg.audit", "fr.ctg.dashboard", "fr.ctg.app"})
public class CtgApplication {

    public static void main(String[] args) {
        SpringApplication.run(CtgApplication.class, args);
    }
}
