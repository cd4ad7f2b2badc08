package fr.ctg.convention.query;

import java.time.Instant;
import java.time.LocalDate;

/** Dates of the route's milestones; {@code definedAt} is when the definition was recorded, the others are domain dates. */
public record ConventionMilestones(Instant definedAt, LocalDate firstPresentationOn, LocalDate firstVoteOn,
                                   LocalDate firstAdoptionOn, LocalDate firstExecutoryOn, LocalDate readyToSignOn,
                                   LocalDate signedOn) {
}
