package fr.ctg.dashboard.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dashboard reads the query side only through its published interface ({@code fr.ctg.query.api}) and the
 * shared kernel's query messages and views, so that the query side's processors, gates and rebuilds can change.
 */
class DashboardArchitectureTest {

    private final JavaClasses dashboard = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ctg.dashboard");

    @Test
    void theDashboardUsesOnlyTheQuerySidesPublishedInterface() {
        noClasses().that().resideInAPackage("fr.ctg.dashboard..")
                .should().dependOnClassesThat(resideInAPackage("fr.ctg.query..")
                        .and(not(resideInAPackage("fr.ctg.query.api.."))))
                .check(dashboard);
    }
}
