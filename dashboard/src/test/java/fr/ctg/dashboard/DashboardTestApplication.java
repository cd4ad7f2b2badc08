package fr.ctg.dashboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The whole service, as the all-in-one app assembles it, so that the pages' forms reach a real command API. */
@SpringBootApplication(scanBasePackages = {"fr.ctg.platform", "fr.ctg.command", "fr.ctg.query", "fr.ctg.audit",
        "fr.ctg.dashboard"})
class DashboardTestApplication {
}
