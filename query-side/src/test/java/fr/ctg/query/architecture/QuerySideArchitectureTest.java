package fr.ctg.query.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The query side only reads the store through its processors: it never writes an event nor sends a command. */
class QuerySideArchitectureTest {

    private final JavaClasses querySide = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ctg.query");

    @Test
    void theQuerySideNeverWritesEventsNorSendsCommands() {
        noClasses().that().resideInAPackage("fr.ctg.query..")
                .should().dependOnClassesThat().areAssignableTo(EventBus.class)
                .orShould().dependOnClassesThat().areAssignableTo(EventStore.class)
                .orShould().dependOnClassesThat().areAssignableTo(EventGateway.class)
                .orShould().dependOnClassesThat().areAssignableTo(CommandGateway.class)
                .orShould().dependOnClassesThat().areAssignableTo(CommandBus.class)
                .check(querySide);
    }

    @Test
    void projectionsArePackagePrivate() {
        classes().that().haveSimpleNameEndingWith("Projection")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(querySide);
    }
}
