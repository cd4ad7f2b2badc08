package fr.ctg.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Seen from the assembled application, where both sides share one classpath: they still do not touch. */
class SidesArchitectureTest {

    private final JavaClasses all = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ctg");

    @Test
    void theCommandSideNeverImportsTheQuerySide() {
        noClasses().that().resideInAPackage("fr.ctg.command..")
                .should().dependOnClassesThat().resideInAPackage("fr.ctg.query..")
                .check(all);
    }

    @Test
    void theQuerySideNeverImportsTheCommandSide() {
        noClasses().that().resideInAPackage("fr.ctg.query..")
                .should().dependOnClassesThat().resideInAPackage("fr.ctg.command..")
                .check(all);
    }

    @Test
    void thePlatformKnowsNeitherSide() {
        noClasses().that().resideInAPackage("fr.ctg.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.ctg.command..", "fr.ctg.query..")
                .check(all);
    }

    /** The audit trail serves both sides (the command side writes the chain, the query side offers its views). */
    @Test
    void theAuditTrailKnowsNeitherSide() {
        noClasses().that().resideInAPackage("fr.ctg.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.ctg.command..", "fr.ctg.query..")
                .check(all);
    }

    @Test
    void thePlatformKnowsNotTheAuditTrail() {
        noClasses().that().resideInAPackage("fr.ctg.platform..")
                .should().dependOnClassesThat().resideInAPackage("fr.ctg.audit..")
                .check(all);
    }
}
