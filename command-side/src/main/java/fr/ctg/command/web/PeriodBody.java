package fr.ctg.command.web;

import fr.ctg.convention.Period;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record PeriodBody(@NotNull @Min(2000) @Max(2100) Integer startYear,
                         @NotNull @Min(2000) @Max(2100) Integer endYear) {

    public Period toPeriod() {
        return new Period(startYear, endYear);
    }
}
