package fr.ctg.command.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The corrected measure of the path's year, whole, with the reason of the correction. */
public record MeasureCorrectionRequest(@Valid ScopeBody scope, @NotNull BigDecimal value,
                                       @NotBlank @Size(max = 300) String source, @Size(max = 4000) String note,
                                       @NotBlank @Size(max = 2000) String reason) {
}
