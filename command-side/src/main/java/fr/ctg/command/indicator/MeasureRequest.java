package fr.ctg.command.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A yearly measure; {@code scope} is absent for the indicator's whole scope. */
public record MeasureRequest(@NotNull @Min(2000) @Max(2100) Integer year, @Valid ScopeBody scope,
                             @NotNull BigDecimal value, @NotBlank @Size(max = 300) String source,
                             @Size(max = 4000) String note) {
}
