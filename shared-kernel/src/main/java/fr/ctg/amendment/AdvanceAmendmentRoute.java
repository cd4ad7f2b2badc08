package fr.ctg.amendment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A step of a submitted amendment's route, given as the convention's own route command it mirrors:
 * {@link fr.ctg.route.PresentToMunicipalCouncil}, {@link fr.ctg.route.RecordCouncilVote},
 * {@link fr.ctg.route.RecordPrefectureTransmission}, {@link fr.ctg.route.RecordPublication} or
 * {@link fr.ctg.route.SignConvention}. Commands travel in memory only (no command bus serialises them), so the step
 * keeps its own type.
 */
public record AdvanceAmendmentRoute(@TargetAggregateIdentifier String conventionId, int amendmentNumber, Object step,
                                    @TargetAggregateVersion Long expectedVersion) {
}
