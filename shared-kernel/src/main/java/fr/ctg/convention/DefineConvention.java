package fr.ctg.convention;

import fr.ctg.actionplan.ActionSheet;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** {@code parties} may be null: a convention of the CAF and its communes only. */
public record DefineConvention(
        @TargetAggregateIdentifier String conventionId,
        String name,
        String caf,
        Period period,
        List<PerimeterDraft> perimeters,
        List<Theme> themes,
        List<Stake> stakes,
        List<ActionSheet> actions,
        PartiesDraft parties) {
}
