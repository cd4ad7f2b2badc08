package fr.ctg.command.indicator;

import fr.ctg.actionplan.indicator.YearValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

public record YearValueBody(@NotNull BigDecimal value, @NotNull @Min(2000) @Max(2100) Integer year) {

    YearValue toYearValue() {
        return new YearValue(value, year);
    }
}
