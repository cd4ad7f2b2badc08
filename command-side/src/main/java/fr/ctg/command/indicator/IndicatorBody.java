package fr.ctg.command.indicator;

import fr.ctg.actionplan.indicator.IndicatorDefinition;
import fr.ctg.actionplan.indicator.IndicatorDirection;
import fr.ctg.actionplan.indicator.IndicatorUnit;
import fr.ctg.command.web.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An indicator as a client defines it; the bounds and consistency of its values are the domain's rules. */
public record IndicatorBody(
        @NotNull @Pattern(regexp = Patterns.CODE) String indicatorId,
        @NotBlank @Size(max = 300) String label,
        @NotNull IndicatorUnit unit,
        @Size(min = 1, max = 60) String unitLabel,
        @NotNull IndicatorDirection direction,
        @NotNull @Valid YearValueBody baseline,
        @NotNull @Valid YearValueBody target,
        @Valid ScopeBody scope) {

    IndicatorDefinition toDefinition() {
        return new IndicatorDefinition(indicatorId, label, unit, unitLabel, direction, baseline.toYearValue(),
                target.toYearValue(), ScopeBody.toScope(scope));
    }
}
