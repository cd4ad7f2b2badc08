package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * One or more parties sign on {@code signedOn} (one party on its own day, or several at a signing ceremony). The
 * convention is signed once every party has.
 */
public record SignConvention(
        @TargetAggregateIdentifier String conventionId,
        LocalDate signedOn,
        List<PartySignature> signatures,
        @TargetAggregateVersion Long expectedVersion) {
}
