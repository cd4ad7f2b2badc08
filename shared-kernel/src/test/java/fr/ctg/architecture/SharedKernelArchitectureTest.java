package fr.ctg.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shared kernel is messages and value objects: plain Java that any side, or any other tool, can read. */
class SharedKernelArchitectureTest {

    private final JavaClasses kernel = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ctg");

    @Test
    void dependsOnNoSpring() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.axonframework.spring..", "jakarta.persistence..")
                .check(kernel);
    }

    @Test
    void messagesAreRecords() {
        classes().that().resideInAnyPackage("fr.ctg.convention..", "fr.ctg.route..", "fr.ctg.actionplan..")
                .and().areNotEnums().and().areNotInterfaces().and().areTopLevelClasses()
                .should().beRecords()
                .check(kernel);
    }
}
