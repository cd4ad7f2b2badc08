package fr.ctg.dashboard.route;

import fr.ctg.calendar.ParisCalendar;
import fr.ctg.convention.query.ConventionMilestones;

import java.time.LocalDate;
import java.util.List;

/** One step of the route's timeline; a step not reached yet has no date and is shown as still to come. */
record Milestone(String label, LocalDate on) {


    public boolean reached() {
        return on != null;
    }

    static List<Milestone> of(ConventionMilestones m) {
        return List.of(
                new Milestone("Convention définie", m.definedAt() == null ? null : ParisCalendar.dayOf(m.definedAt())),
                new Milestone("Première présentation en conseil municipal", m.firstPresentationOn()),
                new Milestone("Premier vote", m.firstVoteOn()),
                new Milestone("Première adoption", m.firstAdoptionOn()),
                new Milestone("Première délibération exécutoire", m.firstExecutoryOn()),
                new Milestone("Prête à signer", m.readyToSignOn()),
                new Milestone("Signature", m.signedOn()));
    }
}
