package fr.ctg.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Attach a document already written to the store (in this command's transaction) to what its role names. */
public record AttachDocument(
        @TargetAggregateIdentifier String conventionId,
        DocumentRole role,
        String subjectKey,
        DocumentRef document,
        @TargetAggregateVersion Long expectedVersion) {
}
