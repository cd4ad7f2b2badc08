package fr.ctg.audittest.streaming;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The audit module alone, run by {@link StreamingExportTest} in a JVM of its own with a small heap. */
@SpringBootApplication(scanBasePackages = {"fr.ctg.platform", "fr.ctg.audit"})
public class StreamingServer {

    public static void main(String[] args) {
        SpringApplication.run(StreamingServer.class, args);
    }
}
