package fr.ctg.command.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class CommandSideArchitectureTest {

    private static final String DOMAIN = "fr.ctg.command.convention";
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ctg.command");

    @Test
    void theDomainHasNoSpring() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework.spring..",
                        "jakarta.servlet..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void theDomainTakesTimeAndIdsFromOutside() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(UUID.class, "randomUUID")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .check(classes);
    }

    @Test
    void aggregatesAreNotPublic() {
        classes().that().resideInAPackage(DOMAIN).and().containAnyMethodsThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("handle commands",
                                method -> method.isAnnotatedWith(CommandHandler.class)))
                .should().notHaveModifier(PUBLIC)
                .check(classes);
    }

    @Test
    void theCommandSideNeverReadsTheQuerySide() {
        noClasses().should().dependOnClassesThat().resideInAPackage("fr.ctg.query..").check(classes);
    }
}
