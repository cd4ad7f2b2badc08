package fr.ctg.convention;

import fr.ctg.actionplan.ActionSheet;
import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record ConventionDefined(
        String conventionId,
        String name,
        String caf,
        Period period,
        List<Perimeter> perimeters,
        List<Theme> themes,
        List<Stake> stakes,
        List<ActionSheet> actions) {
}
