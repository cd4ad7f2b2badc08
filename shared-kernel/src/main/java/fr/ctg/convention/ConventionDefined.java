package fr.ctg.convention;

import fr.ctg.actionplan.ActionSheet;
import org.axonframework.serialization.Revision;

import java.util.List;

/** Revision 2 added {@code parties}; an upcaster gives revision-1 events {@link Parties#NONE}. */
@Revision("2")
public record ConventionDefined(
        String conventionId,
        String name,
        String caf,
        Period period,
        List<Perimeter> perimeters,
        List<Theme> themes,
        List<Stake> stakes,
        List<ActionSheet> actions,
        Parties parties) {
}
