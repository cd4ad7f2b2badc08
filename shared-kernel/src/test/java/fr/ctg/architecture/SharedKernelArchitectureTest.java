package fr.ctg.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
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

    /** Pure functions of the domain (the council size table, what a party lacks) hold no state: they are exempt. */
    private static final DescribedPredicate<JavaClass> HOLD_STATE = DescribedPredicate.describe("hold instance state",
            type -> type.getFields().stream().anyMatch(field -> !field.getModifiers().contains(JavaModifier.STATIC)));

    @Test
    void messagesAreRecords() {
        classes().that().resideInAnyPackage("fr.ctg.convention..", "fr.ctg.route..", "fr.ctg.actionplan..")
                .and().areNotEnums().and().areNotInterfaces().and().areTopLevelClasses()
                .and(HOLD_STATE)
                .should().beRecords()
                .check(kernel);
    }
}
