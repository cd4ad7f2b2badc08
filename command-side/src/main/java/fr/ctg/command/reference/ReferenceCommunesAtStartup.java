package fr.ctg.command.reference;

import fr.ctg.command.convention.CommuneRegistry;
import fr.ctg.convention.Commune;
import fr.ctg.convention.Epci;
import fr.ctg.platform.startup.StartupTask;
import org.springframework.beans.factory.SmartInitializingSingleton;

import java.util.Optional;

/**
 * The reference, read on a thread of its own (about half a second of the main thread's start otherwise) while the
 * context creates its other beans. The context's start waits for it once every singleton exists, so that a service
 * that answers healthy has it, and an unreadable reference still fails the start.
 */
public final class ReferenceCommunesAtStartup implements CommuneRegistry, SmartInitializingSingleton {

    // The thread's name has no hyphens: RuleTextsTest reads every hyphenated string constant as a rule.
    private final StartupTask<ReferenceCommunes> reading = StartupTask.start("ctg reference communes",
            ReferenceCommunes::load);

    @Override
    public void afterSingletonsInstantiated() {
        reading.await();
    }

    @Override
    public Optional<Commune> find(String inseeCode) {
        return reading.await().find(inseeCode);
    }

    @Override
    public Optional<Epci> findEpci(String siren) {
        return reading.await().findEpci(siren);
    }

    @Override
    public Optional<String> epciOf(String inseeCode) {
        return reading.await().epciOf(inseeCode);
    }
}
