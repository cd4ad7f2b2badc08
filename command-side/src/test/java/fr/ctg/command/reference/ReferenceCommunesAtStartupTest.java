package fr.ctg.command.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference read on a thread of its own while the context starts answers exactly as the reference read at once. */
class ReferenceCommunesAtStartupTest {

    private static final String PARIS = "75056";

    @Test
    void theReferenceReadDuringTheStartAnswersAsTheReference() {
        ReferenceCommunes reference = ReferenceCommunes.load();
        ReferenceCommunesAtStartup atStartup = new ReferenceCommunesAtStartup();

        atStartup.afterSingletonsInstantiated();

        assertThat(atStartup.find(PARIS)).isPresent().isEqualTo(reference.find(PARIS));
        String epci = atStartup.epciOf(PARIS).orElseThrow();
        assertThat(epci).isEqualTo(reference.epciOf(PARIS).orElseThrow());
        assertThat(atStartup.findEpci(epci)).isPresent().isEqualTo(reference.findEpci(epci));
        assertThat(atStartup.find("00000")).isEmpty();
    }
}
