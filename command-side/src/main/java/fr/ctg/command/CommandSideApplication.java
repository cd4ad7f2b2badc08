package fr.ctg.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side alone: validates commands and appends events. It reads no view. */
@SpringBootApplication(scanBasePackages = {"fr.ctg.platform", "fr.ctg.audit.hashing", "fr.ctg.command"})
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
